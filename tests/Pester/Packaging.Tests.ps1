# The package build.ps1 -Task Package writes (the Test task runs Package first), installed the way a user
# would: Install-PSResource from a repository, into a clean home, then Import-Module by name.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    Add-Type -AssemblyName System.IO.Compression.FileSystem
    $script:ManifestData = Import-PowerShellDataFile $ModulePath
    $script:Version = $ManifestData.ModuleVersion + $(if ($ManifestData.PrivateData.PSData.Prerelease) { '-' + $ManifestData.PrivateData.PSData.Prerelease })
    $script:PackageFolder = Join-Path $RepoRoot 'out/packages'
    $script:Package = Join-Path $PackageFolder "MmsPowerShell.$Version.nupkg"

    # The clean children start in a folder of their own that holds only the tool manifest (so `dotnet pwsh`
    # is found): anything that writes relative to the current folder stays out of the repository.
    $script:WorkFolder = Join-Path $TestDrive 'work'
    New-Item -ItemType Directory -Path (Join-Path $WorkFolder '.config') -Force | Out-Null
    Copy-Item (Join-Path $RepoRoot '.config/dotnet-tools.json') -Destination (Join-Path $WorkFolder '.config')

    # Runs a fresh `dotnet pwsh` with HOME (and so the user module path and PSResourceGet's repository list)
    # in an empty folder, and without the caller's PSModulePath. dotnet keeps its own folders.
    function Invoke-CleanChild([string] $HomePath, [string] $Script) {
        $packages = ((& dotnet nuget locals global-packages --list) -replace '^global-packages:\s*', '').Trim()
        $variables = @{
            HOME = $HomePath; USERPROFILE = $HomePath; PSModulePath = $null
            XDG_DATA_HOME = $null; XDG_CONFIG_HOME = $null; XDG_CACHE_HOME = $null
            NUGET_PACKAGES = $packages; DOTNET_CLI_HOME = [Environment]::GetEnvironmentVariable('HOME')
        }
        # Through the Env: drive: a variable set to $null with [Environment]::SetEnvironmentVariable still
        # reaches native children as NAME= (empty), and an empty DOTNET_CLI_HOME makes dotnet write .nuget/
        # into the current folder.
        function Set-Variables([hashtable] $Values) {
            foreach ($name in $Values.Keys) {
                if ($null -eq $Values[$name]) { Remove-Item "Env:$name" -ErrorAction SilentlyContinue }
                else { Set-Item "Env:$name" $Values[$name] }
            }
        }
        $saved = @{}
        foreach ($name in $variables.Keys) { $saved[$name] = [Environment]::GetEnvironmentVariable($name) }
        Push-Location $WorkFolder
        try {
            Set-Variables $variables
            $output = @(& dotnet pwsh -NoProfile -NonInteractive -Command "`$ErrorActionPreference = 'Stop'`n$Script" 2>&1 | ForEach-Object { "$_" })
        }
        finally {
            Set-Variables $saved
            Pop-Location
        }
        $LASTEXITCODE | Should -Be 0 -Because ($output | Out-String)
        $output
    }
}

Describe 'The package' {
    It 'is out/packages/MmsPowerShell.<version>.nupkg with the manifest''s version and prerelease tag' {
        Test-Path $Package | Should -BeTrue -Because 'build.ps1 -Task Package (run by -Task Test) writes it'
        $ManifestData.PrivateData.PSData.Prerelease | Should -Not -BeNullOrEmpty -Because 'nothing is released yet'
    }

    It 'carries the licence, the changelog, both builds, the format and help files and the Gallery metadata' {
        $zip = [System.IO.Compression.ZipFile]::OpenRead($Package)
        try {
            $entries = @($zip.Entries | ForEach-Object { $_.FullName -replace '\\', '/' })
            $nuspecEntry = $zip.Entries | Where-Object FullName -Like '*.nuspec'
            $reader = [IO.StreamReader]::new($nuspecEntry.Open())
            try { $nuspec = [xml]$reader.ReadToEnd() } finally { $reader.Dispose() }
        }
        finally {
            $zip.Dispose()
        }
        foreach ($file in 'LICENSE', 'CHANGELOG.md', 'MmsPowerShell.psd1', 'MmsPowerShell.dll', 'MmsPowerShell.Loader.dll',
            'MmsPowerShell.Format.ps1xml', 'en-US/MmsPowerShell.dll-Help.xml', 'en-US/about_MmsPowerShell.help.txt',
            'Dependencies/net8.0/MmsPowerShell.Core.dll', 'Dependencies/net8.0/MmsPowerShell.LoadContext.dll',
            'Dependencies/net8.0/Microsoft.Extensions.Http.dll', 'Dependencies/netstandard2.0/MmsPowerShell.Core.dll',
            'Dependencies/netstandard2.0/Microsoft.Extensions.Http.dll', 'Dependencies/netstandard2.0/System.Text.Json.dll') {
            $entries | Should -Contain $file
        }
        $entries | Where-Object { $_ -like '*.pdb' -or $_ -like '*System.Management.Automation.dll' } | Should -BeNullOrEmpty
        $metadata = $nuspec.package.metadata
        $metadata.id | Should -Be 'MmsPowerShell'
        $metadata.version | Should -Be $Version
        $metadata.description | Should -Be $ManifestData.Description
        $metadata.projectUrl | Should -Be $ManifestData.PrivateData.PSData.ProjectUri
        $metadata.licenseUrl | Should -Be $ManifestData.PrivateData.PSData.LicenseUri
        $metadata.tags | Should -Match 'MaxCompute'
    }

    It 'installs with Install-PSResource into a clean home and imports by name in a fresh session' {
        $emulator = Start-TestEmulator -Standalone
        $cleanHome = Join-Path $TestDrive 'home'
        New-Item -ItemType Directory -Path $cleanHome | Out-Null
        try {
            $install = Invoke-CleanChild $cleanHome @"
Register-PSResourceRepository -Name MmsLocal -Uri '$PackageFolder' -Trusted
Install-PSResource -Name MmsPowerShell -Repository MmsLocal -Prerelease -Scope CurrentUser -Quiet
Get-InstalledPSResource -Name MmsPowerShell | ForEach-Object { 'installed|' + `$_.Version + '|' + `$_.Prerelease }
"@
            $install | Should -Contain "installed|$($ManifestData.ModuleVersion)|$($ManifestData.PrivateData.PSData.Prerelease)"

            $secret = $emulator.Credential.GetNetworkCredential().Password
            $use = Invoke-CleanChild $cleanHome @"
Import-Module MmsPowerShell
`$cred = [pscredential]::new('$($emulator.Credential.UserName)', (ConvertTo-SecureString '$secret' -AsPlainText -Force))
`$t = Get-MmsTable -SourceId 2000028 -TableId 22 -Endpoint '$($emulator.Endpoint)' -Credential `$cred
'table|' + `$t.Name + '|' + `$t.Status
'base|' + (Get-Module MmsPowerShell).ModuleBase
"@
            $use | Should -Contain 'table|test|DONE'
            ($use | Where-Object { $_ -like 'base|*' }) | Should -BeLike "base|$cleanHome*"
            Test-Path (Join-Path $RepoRoot '.nuget') | Should -BeFalse -Because 'installing must not write into the repository'
        }
        finally {
            $emulator | Stop-MmsEmulator
        }
    }

    It 'keeps working after Update-PSModuleManifest rewrites the manifest' {
        $copy = Join-Path $TestDrive 'updated/MmsPowerShell'
        New-Item -ItemType Directory -Path (Split-Path $copy) | Out-Null
        Copy-Item (Split-Path $ModulePath) -Destination $copy -Recurse
        $manifest = Join-Path $copy 'MmsPowerShell.psd1'
        Update-PSModuleManifest -Path $manifest -ReleaseNotes 'Rewritten by a test.'
        $data = Import-PowerShellDataFile $manifest
        $data.PrivateData.PSData.ReleaseNotes | Should -Be 'Rewritten by a test.'
        $data.RootModule | Should -Be 'MmsPowerShell.dll'
        $data.NestedModules | Should -Be @('MmsPowerShell.Loader.dll')
        $data.CmdletsToExport | Sort-Object | Should -Be ($ManifestData.CmdletsToExport | Sort-Object)
        $data.ModuleVersion | Should -Be $ManifestData.ModuleVersion
        $data.PrivateData.PSData.Prerelease | Should -Be $ManifestData.PrivateData.PSData.Prerelease
        $output = @(& dotnet pwsh -NoProfile -NonInteractive -Command "Import-Module '$manifest' -ErrorAction Stop; (Get-Command Get-MmsTable).ModuleName; [MmsPowerShell.Core.Models.MmsTable].Assembly.Location" 2>&1)
        $LASTEXITCODE | Should -Be 0 -Because ($output | Out-String)
        $output[0] | Should -Be 'MmsPowerShell'
        "$($output[1])" | Should -BeLike "$copy*Dependencies*net8.0*"
    }
}
