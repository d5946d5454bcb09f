# Another module that loaded an older Microsoft.Extensions.Http (6.0 and its dependencies) into
# PowerShell's default load context, before or after MmsPowerShell, must not break either module. Each case
# runs in a fresh `dotnet pwsh`, because assemblies never leave a process.
BeforeAll {
    . $PSScriptRoot/Common.ps1

    # "OldHttp": a module whose RequiredAssemblies are Microsoft.Extensions.Http 6.0.0 and its dependencies,
    # from the packages tests/tools/TestTools.csproj downloads (best lib folder for .NET 8+ of each).
    $packages = ((& dotnet nuget locals global-packages --list) -replace '^global-packages:\s*', '').Trim()
    $script:OldModule = Join-Path $TestDrive 'OldHttp'
    New-Item -ItemType Directory -Path $OldModule | Out-Null
    $names = 'Microsoft.Extensions.Primitives', 'Microsoft.Extensions.DependencyInjection.Abstractions',
        'Microsoft.Extensions.DependencyInjection', 'Microsoft.Extensions.Logging.Abstractions',
        'Microsoft.Extensions.Options', 'Microsoft.Extensions.Logging', 'Microsoft.Extensions.Http'
    foreach ($name in $names) {
        $lib = Join-Path $packages "$($name.ToLowerInvariant())/6.0.0/lib"
        $framework = 'net6.0', 'netcoreapp3.1', 'netstandard2.1', 'netstandard2.0' |
            Where-Object { Test-Path (Join-Path $lib "$_/$name.dll") } | Select-Object -First 1
        if (-not $framework) { throw "$name 6.0.0 is not in $packages; run: dotnet restore tests/tools/TestTools.csproj" }
        Copy-Item (Join-Path $lib "$framework/$name.dll") -Destination $OldModule
    }
    $assemblies = ($names | ForEach-Object { "'$_.dll'" }) -join ', '
    Set-Content (Join-Path $OldModule 'OldHttp.psd1') "@{ ModuleVersion = '6.0.0'; RequiredAssemblies = @($assemblies) }"

    $emulator = Start-TestEmulator
    $secret = $emulator.Credential.GetNetworkCredential().Password
    $script:Prelude = @"
`$ErrorActionPreference = 'Stop'
function Use-OldHttp {
    Import-Module '$OldModule/OldHttp.psd1'
    `$services = [Microsoft.Extensions.DependencyInjection.ServiceCollection]::new()
    `$null = [Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions]::AddHttpClient(`$services)
    `$provider = [Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions]::BuildServiceProvider(`$services)
    `$factory = [Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions]::GetRequiredService[System.Net.Http.IHttpClientFactory](`$provider)
    `$client = `$factory.CreateClient('old')
    'old|' + [System.Net.Http.IHttpClientFactory].Assembly.GetName().Version + '|' + (`$client -is [System.Net.Http.HttpClient])
}
function Use-Mms {
    `$cred = [pscredential]::new('$($emulator.Credential.UserName)', (ConvertTo-SecureString '$secret' -AsPlainText -Force))
    `$t = Get-MmsTable -SourceId 2000028 -TableId 22 -Endpoint '$($emulator.Endpoint)' -Credential `$cred
    'mms|' + `$t.Name + '|' + `$t.Status + '|' + (`$t -is [MmsPowerShell.Core.Models.MmsTable])
}
function Show-Http {
    [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { `$_.GetName().Name -eq 'Microsoft.Extensions.Http' } |
        ForEach-Object { 'loaded|' + `$_.GetName().Version + '|' + [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext(`$_).Name } |
        Sort-Object
}
"@

    function Invoke-Child([string] $Body) {
        Push-Location $RepoRoot
        try { $output = @(& dotnet pwsh -NoProfile -NonInteractive -Command ($Prelude + $Body) 2>&1) }
        finally { Pop-Location }
        $LASTEXITCODE | Should -Be 0 -Because ($output | Out-String)
        $output | ForEach-Object { "$_" }
    }
}

AfterAll {
    if ($script:Emulator) { $script:Emulator | Stop-MmsEmulator }
}

Describe 'Dependency isolation (PowerShell 7)' {
    It 'works when another module loaded Microsoft.Extensions.Http 6.0 first' {
        $output = Invoke-Child @"
Use-OldHttp
Import-Module '$ModulePath'
Use-Mms
Use-OldHttp
Show-Http
# Control: the fixture really is the clash described above, for anything that loads 8.0 into the default context.
try { [void][Reflection.Assembly]::LoadFrom('$(Split-Path $ModulePath)/Dependencies/net8.0/Microsoft.Extensions.Http.dll'); 'control|loaded' }
catch { 'control|' + `$_.Exception.InnerException.GetType().Name }
"@
        $output | Should -Contain 'old|6.0.0.0|True'
        $output | Should -Contain 'mms|test|DONE|True'
        ($output | Where-Object { $_ -like 'old|*' }).Count | Should -Be 2
        $output | Where-Object { $_ -like 'loaded|*' } | Should -Be @('loaded|6.0.0.0|Default', 'loaded|8.0.0.0|MmsPowerShell')
        $output | Should -Contain 'control|FileLoadException'
    }

    It 'works when another module loads Microsoft.Extensions.Http 6.0 after it' {
        $output = Invoke-Child @"
Import-Module '$ModulePath'
Use-Mms
Use-OldHttp
Use-Mms
Show-Http
"@
        $output | Should -Contain 'old|6.0.0.0|True'
        ($output | Where-Object { $_ -eq 'mms|test|DONE|True' }).Count | Should -Be 2
        $output | Where-Object { $_ -like 'loaded|*' } | Should -Be @('loaded|6.0.0.0|Default', 'loaded|8.0.0.0|MmsPowerShell')
    }

    It 'puts only its two small assemblies into the default context, the core and Microsoft.Extensions.* into its own' {
        $output = Invoke-Child @"
Import-Module '$ModulePath'
Use-Mms | Out-Null
[AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { -not `$_.IsDynamic -and `$_.Location -like '$(Split-Path $ModulePath)*' } |
    ForEach-Object { 'asm|' + `$_.GetName().Name + '|' + [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext(`$_).Name } | Sort-Object
"@
        $assemblies = $output | Where-Object { $_ -like 'asm|*' }
        $assemblies | Where-Object { $_ -like '*|Default' } | Should -Be @('asm|MmsPowerShell.LoadContext|Default', 'asm|MmsPowerShell.Loader|Default', 'asm|MmsPowerShell|Default')
        $assemblies | Should -Contain 'asm|MmsPowerShell.Core|MmsPowerShell'
        $assemblies | Should -Contain 'asm|Microsoft.Extensions.Http|MmsPowerShell'
        $assemblies | Should -Contain 'asm|Microsoft.Extensions.DependencyInjection|MmsPowerShell'
    }

    It 'keeps the core types usable by name from PowerShell, and imports again after Remove-Module' {
        $output = Invoke-Child @"
Import-Module '$ModulePath'
'type|' + [MmsPowerShell.Core.Models.MmsTable].FullName
'enum|' + [MmsPowerShell.Core.Errors.MmsErrorKind].IsEnum
`$core = [MmsPowerShell.Core.Models.MmsTable].Assembly
'unresolved|' + ((`$core.GetExportedTypes() | Where-Object { (`$_.FullName -as [type]) -ne `$_ } | ForEach-Object FullName) -join ',')
'accelerators|' + ([psobject].Assembly.GetType('System.Management.Automation.TypeAccelerators')::Get.Keys -like 'MmsPowerShell*').Count
Remove-Module MmsPowerShell
Import-Module '$ModulePath'
Use-Mms
"@
        $output | Should -Contain 'type|MmsPowerShell.Core.Models.MmsTable'
        $output | Should -Contain 'enum|True'
        $output | Should -Contain 'unresolved|' -Because 'every public core type (nested ones too) resolves by its full name'
        $output | Should -Contain 'accelerators|0' -Because 'type names resolve through forwarders, not global type accelerators'
        $output | Should -Contain 'mms|test|DONE|True'
    }
}
