# The staged module: its manifest, its files and assemblies, its cmdlets' shape, what importing it costs, and the
# build script and test suite that produce and check it.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    # The manifest is plain data: read it as data, not as text.
    $script:ManifestData = Import-PowerShellDataFile $ModulePath
    $script:Manifest = Test-ModuleManifest $ModulePath
    $script:Module = Get-Module MmsPowerShell
    $script:Cmdlets = @($Module.ExportedCmdlets.Values)
    # Cmdlets that write nothing, so declare no [OutputType].
    $script:WritesNothing = @('Disconnect-Mms', 'Remove-MmsDataSource', 'Remove-MmsTimer')
}

Describe 'The staged module' {
    It 'is a static manifest that Import-PowerShellDataFile and Test-ModuleManifest read alike' {
        $ManifestData.RootModule | Should -Be 'MmsPowerShell.dll'
        $ManifestData.NestedModules | Should -Be @('MmsPowerShell.Loader.dll')
        $Manifest.RootModule | Should -Be 'MmsPowerShell.dll'
        $Manifest.Version | Should -Be ([version]$ManifestData.ModuleVersion)
        $Manifest.PrivateData.PSData.Prerelease | Should -Be $ManifestData.PrivateData.PSData.Prerelease
    }

    It 'lists its cmdlets explicitly, and exactly the cmdlet classes it has' {
        $ManifestData.CmdletsToExport | Should -Not -Contain '*'
        foreach ($kind in 'FunctionsToExport', 'VariablesToExport', 'AliasesToExport') {
            $ManifestData.Keys | Should -Contain $kind
            @($ManifestData[$kind]).Count | Should -Be 0 -Because "$kind must be an explicit empty list"
        }
        # Every [Cmdlet] class in the cmdlet assembly, so a new cmdlet cannot be left out of the manifest.
        $classes = [MmsPowerShell.Commands.MmsCmdlet].Assembly.GetExportedTypes() |
            Where-Object { -not $_.IsAbstract } |
            ForEach-Object { $_.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false) } |
            ForEach-Object { "$($_.VerbName)-$($_.NounName)" }
        $ManifestData.CmdletsToExport | Sort-Object | Should -Be ($classes | Sort-Object) -Because 'CmdletsToExport in module/MmsPowerShell.psd1 must name every cmdlet class'
        $Module.ExportedCmdlets.Keys | Sort-Object | Should -Be ($ManifestData.CmdletsToExport | Sort-Object)
        $Module.ExportedFunctions.Count | Should -Be 0
        $Module.ExportedAliases.Count | Should -Be 0
    }

    It 'has the Gallery metadata' {
        foreach ($key in 'Description', 'Author', 'CompanyName', 'Copyright', 'GUID', 'PowerShellVersion') {
            $ManifestData[$key] | Should -Not -BeNullOrEmpty -Because $key
        }
        $ManifestData.CompatiblePSEditions | Sort-Object | Should -Be @('Core', 'Desktop')
        $ManifestData.PowerShellVersion | Should -Be '5.1'
        $psData = $ManifestData.PrivateData.PSData
        $psData.Tags | Should -Contain 'PSEdition_Core'
        $psData.Tags | Should -Contain 'PSEdition_Desktop'
        $psData.ProjectUri | Should -Match '^https://'
        $psData.LicenseUri | Should -Match '^https://.*/LICENSE$'
        $psData.ReleaseNotes | Should -Match 'CHANGELOG\.md'
        $psData.Prerelease | Should -Match '^[A-Za-z][A-Za-z0-9]*$' -Because 'nothing is released yet'
        (Get-Content (Join-Path $RepoRoot 'CHANGELOG.md') -TotalCount 5) -join "`n" | Should -Match ([regex]::Escape($ManifestData.ModuleVersion))
    }

    It 'ships the licence, the changelog, the format file and help next to the manifest' {
        $base = Split-Path $ModulePath
        $formatFiles = @(Get-ChildItem (Join-Path $RepoRoot 'module') -Filter '*.Format.ps1xml').Name
        foreach ($file in @('LICENSE', 'CHANGELOG.md', 'en-US/MmsPowerShell.dll-Help.xml', 'en-US/about_MmsPowerShell.help.txt') + $formatFiles) {
            Test-Path (Join-Path $base $file) | Should -BeTrue -Because $file
        }
        Get-Content (Join-Path $base 'LICENSE') -TotalCount 1 | Should -Be 'MIT License'
        $Manifest.ExportedFormatFiles | Split-Path -Leaf | Sort-Object | Should -Be ($formatFiles | Sort-Object) -Because 'every module/*.Format.ps1xml is listed in FormatsToProcess'
    }

    It 'gives every assembly the manifest''s version' {
        $base = Split-Path $ModulePath
        foreach ($assembly in @(Get-ChildItem $base -Recurse -Filter 'MmsPowerShell*.dll')) {
            $version = [Reflection.AssemblyName]::GetAssemblyName($assembly.FullName).Version
            $version.ToString(3) | Should -Be $ManifestData.ModuleVersion -Because $assembly.FullName
        }
    }

    It 'ships one netstandard2.0 cmdlet assembly and the core for each edition in Dependencies, without System.Management.Automation' {
        $base = Split-Path $ModulePath
        @(Get-ChildItem $base -Filter '*.dll').Name | Sort-Object | Should -Be @('MmsPowerShell.dll', 'MmsPowerShell.Loader.dll')
        foreach ($framework in 'net8.0', 'netstandard2.0') {
            Test-Path (Join-Path $base "Dependencies/$framework/MmsPowerShell.Core.dll") | Should -BeTrue
            Test-Path (Join-Path $base "Dependencies/$framework/Microsoft.Extensions.Http.dll") | Should -BeTrue
        }
        Test-Path (Join-Path $base 'Dependencies/net8.0/MmsPowerShell.LoadContext.dll') | Should -BeTrue
        @(Get-ChildItem $base -Recurse -Filter 'System.Management.Automation.dll').Count | Should -Be 0
    }

    It 'loads the net8.0 core into its own load context in PowerShell 7' {
        $Module.ModuleType | Should -Be 'Binary'
        $core = [MmsPowerShell.Core.Models.MmsTable].Assembly
        $core.Location | Should -BeLike '*Dependencies*net8.0*'
        [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($core).Name | Should -Be 'MmsPowerShell'
    }

    It 'declares [OutputType] on every cmdlet that writes output' {
        $Cmdlets.Count | Should -BeGreaterThan 0
        foreach ($cmdlet in $Cmdlets | Where-Object Name -NotIn $WritesNothing) {
            $cmdlet.OutputType.Count | Should -BeGreaterThan 0 -Because "$($cmdlet.Name) writes objects"
            foreach ($type in $cmdlet.OutputType) { $type.Type | Should -Not -BeNullOrEmpty -Because "$($cmdlet.Name) declares $($type.Name)" }
        }
        (Get-Command Get-MmsTable).OutputType.Name | Should -Be 'MmsPowerShell.Core.Models.MmsTable'
        (Get-Command Get-MmsTableColumn).OutputType.Name | Should -Be 'MmsPowerShell.Core.Models.MmsTableColumn'
    }

    It 'binds ids by property name' {
        foreach ($command in 'Get-MmsTable', 'Get-MmsTableColumn') {
            foreach ($name in 'SourceId', 'TableId') {
                $parameter = (Get-Command $command).Parameters[$name]
                $parameter.ParameterSets.Values.ValueFromPipelineByPropertyName | Should -Contain $true
            }
        }
    }

    It 'has the connection parameters on every cmdlet that calls the service' {
        $callers = @($Cmdlets | Where-Object { [MmsPowerShell.Commands.MmsCmdlet].IsAssignableFrom($_.ImplementingType) })
        $callers.Count | Should -BeGreaterThan 3
        foreach ($cmdlet in $callers) {
            # A name may be an alias: Wait-MmsJob -TimeoutSec is its whole-wait -WaitTimeoutSec, which bounds every read too.
            $names = @($cmdlet.Parameters.Values | ForEach-Object { $_.Name; $_.Aliases })
            foreach ($name in 'Region', 'Endpoint', 'ProfileName', 'Credential', 'SecurityToken', 'Proxy', 'ThrottleLimit', 'MaximumRetryCount', 'TimeoutSec') {
                $names | Should -Contain $name -Because "$($cmdlet.Name) calls the service"
            }
        }
    }

    It 'imports in a fresh pwsh and makes a call against the emulator' {
        $emulator = Start-TestEmulator -Standalone
        try {
            $secret = $emulator.Credential.GetNetworkCredential().Password
            $script = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$ModulePath'
`$cred = [pscredential]::new('$($emulator.Credential.UserName)', (ConvertTo-SecureString '$secret' -AsPlainText -Force))
`$t = Get-MmsTable -SourceId 2000028 -TableId 22 -Endpoint '$($emulator.Endpoint)' -Credential `$cred
"`$(`$PSVersionTable.PSEdition)|`$(`$t.Name)|`$(`$t.Status)|`$((Get-Module MmsPowerShell).ModuleBase)"
"@
            Push-Location $RepoRoot
            try { $output = @(& dotnet pwsh -NoProfile -NonInteractive -Command $script 2>&1) }
            finally { Pop-Location }
            $LASTEXITCODE | Should -Be 0 -Because ($output | Out-String)
            $output[-1] | Should -Be "Core|test|DONE|$(Split-Path $ModulePath)"
        }
        finally {
            $emulator | Stop-MmsEmulator
        }
    }
}

Describe 'Import cost' {
    It 'creates no HTTP stack and no DI container at import' {
        Push-Location $RepoRoot
        try {
            $loaded = & dotnet pwsh -NoProfile -NonInteractive -Command "Import-Module '$ModulePath'; [AppDomain]::CurrentDomain.GetAssemblies().GetName().Name"
        }
        finally { Pop-Location }
        $loaded | Should -Contain 'MmsPowerShell'
        $loaded | Should -Not -Contain 'Microsoft.Extensions.Http'
        $loaded | Should -Not -Contain 'Microsoft.Extensions.DependencyInjection'
    }
}

Describe 'build.ps1 and the test log' {
    It 'build.ps1 turns colour off when its output is a log' {
        $build = Get-Content (Join-Path $RepoRoot 'build.ps1') -Raw
        $build | Should -Match "OutputRendering = 'PlainText'"
        $build | Should -Match "RenderMode = 'Plaintext'"
        $build | Should -Not -Match '-ForegroundColor'
    }

    It 'runs -WhatIf only without a host, so no "What if:" line reaches the test log' {
        # PowerShell writes "What if:" straight to the host, past every stream redirection: files that call -WhatIf use
        # Invoke-Hostless or Invoke-InRunspace (a runspace with no host at all) or Get-ChildHostText (a child process whose
        # host output the test reads).
        $files = Get-ChildItem $PSScriptRoot -Filter *.Tests.ps1 | Where-Object Name -NotIn 'Module.Tests.ps1', 'Help.Tests.ps1' |
            Where-Object { Select-String -Path $_.FullName -Pattern '^[^#]*\s-WhatIf\b' -Quiet }
        foreach ($file in $files) {
            Get-Content $file.FullName -Raw | Should -Match 'Invoke-Hostless|Invoke-InRunspace|Get-ChildHostText' -Because "$($file.Name) calls -WhatIf"
        }
    }

    It 'build.ps1 reports with Write-Information, not Write-Host' {
        Get-Content (Join-Path $RepoRoot 'build.ps1') -Raw | Should -Not -Match 'Write-Host'
    }
}
