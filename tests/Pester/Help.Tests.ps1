# Help of every exported cmdlet, as Get-Help shows it from the STAGED module: the MAML that
# tools/New-MmsHelp.ps1 wrote into <module folder>/en-US. Needs no emulator.
# Module: $env:MMS_MODULE_PATH if set, else <repo>/out/MmsPowerShell/MmsPowerShell.psd1.

BeforeDiscovery {
    $repoRoot = Split-Path (Split-Path $PSScriptRoot)
    $modulePath = if ($env:MMS_MODULE_PATH) { $env:MMS_MODULE_PATH } else { Join-Path $repoRoot 'out/MmsPowerShell/MmsPowerShell.psd1' }
    $module = Import-Module $modulePath -Force -PassThru | Select-Object -First 1
    $script:Cmdlets = @($module.ExportedCmdlets.Keys | Sort-Object | ForEach-Object { @{ Name = $_ } })
}

BeforeAll {
    $script:RepoRoot = Split-Path (Split-Path $PSScriptRoot)
    $script:ModulePath = if ($env:MMS_MODULE_PATH) { $env:MMS_MODULE_PATH } else { Join-Path $RepoRoot 'out/MmsPowerShell/MmsPowerShell.psd1' }
    $script:Module = Import-Module $ModulePath -Force -PassThru | Select-Object -First 1
    # -WhatIf and -Confirm are documented where a cmdlet has them; only the true common parameters are not.
    $script:Common = [System.Management.Automation.Cmdlet]::CommonParameters
}

Describe 'The help file' {
    It 'is well-formed MAML in the module''s en-US folder' {
        $file = Join-Path $Module.ModuleBase 'en-US/MmsPowerShell.dll-Help.xml'
        $file | Should -Exist
        $xml = [xml] (Get-Content -LiteralPath $file -Raw)
        $xml.helpItems.schema | Should -Be 'maml'
        @($xml.helpItems.command).Count | Should -Be @($Module.ExportedCmdlets.Keys).Count
    }
}

Describe 'Help for <Name>' -ForEach $Cmdlets {
    BeforeAll {
        $script:Command = Get-Command $Name
        $script:Help = Get-Help $Name -Full
        $script:Text = $Help | Out-String -Width 250
    }

    It 'has a synopsis and a description' {
        $Help.Synopsis | Should -Not -BeNullOrEmpty
        $Help.Synopsis | Should -Not -Match "^\s*$Name \["  # the engine's fallback when no help is found
        ($Help.description.Text -join ' ') | Should -Not -BeNullOrEmpty
    }

    It 'has at least two examples, each with code and remarks' {
        @($Help.examples.example).Count | Should -BeGreaterOrEqual 2
        foreach ($example in $Help.examples.example) {
            $example.code | Should -Not -BeNullOrEmpty
            ($example.remarks.Text -join '') | Should -Not -BeNullOrEmpty
        }
    }

    It 'documents exactly the parameters the cmdlet has, each with a description' {
        $actual = @($Command.Parameters.Keys | Where-Object { $Common -notcontains $_ } | Sort-Object)
        $documented = @($Help.parameters.parameter | Where-Object { $_ } | ForEach-Object name | Sort-Object)
        $documented | Should -Be $actual -Because 'no parameter may be undocumented, and no documented parameter may be missing'
        foreach ($parameter in @($Help.parameters.parameter | Where-Object { $_ })) {
            ($parameter.description.Text -join '').Trim() | Should -Not -BeNullOrEmpty -Because "-$($parameter.name) needs a description"
        }
    }

    It 'shows each parameter''s real attributes' {
        foreach ($parameter in @($Help.parameters.parameter | Where-Object { $_ })) {
            $metadata = $Command.Parameters[$parameter.name]
            $isSwitch = $metadata.ParameterType -eq [switch]
            [bool] $parameter.parameterValue | Should -Be (-not $isSwitch) -Because "-$($parameter.name) is$(if (-not $isSwitch) { ' not' }) a switch"
            $wildcards = [bool]($metadata.Attributes | Where-Object { $_ -is [System.Management.Automation.SupportsWildcardsAttribute] })
            $parameter.globbing | Should -Be $wildcards.ToString().ToLowerInvariant() -Because "-$($parameter.name) wildcard support"
            $pipeline = @($metadata.ParameterSets.Values | Where-Object { $_.ValueFromPipeline -or $_.ValueFromPipelineByPropertyName })
            ($parameter.pipelineInput -like 'True*') | Should -Be ($pipeline.Count -gt 0) -Because "-$($parameter.name) pipeline input"
            foreach ($alias in $metadata.Aliases) { $parameter.aliases | Should -Match ([regex]::Escape($alias)) }
        }
        @($Help.syntax.syntaxItem).Count | Should -Be @($Command.ParameterSets).Count
    }

    It 'has no placeholder left' {
        $Text | Should -Not -Match '\{\{'
    }

    It 'reads in an 80-column terminal: no hand-written line is wider' {
        $section = ''
        $wide = foreach ($line in ($Text -split '\r?\n')) {
            if ($line -match '^[A-Z][A-Z ]+$') { $section = $line; continue }
            # SYNTAX is laid out by PowerShell itself; the common-parameters note and links are not ours to wrap.
            if ($section -in 'SYNTAX', 'RELATED LINKS', 'REMARKS' -or $line -match 'about_CommonParameters \(https') { continue }
            if ($line.TrimEnd().Length -gt 80) { $line }
        }
        $wide | Should -BeNullOrEmpty
    }
}

Describe 'about_MmsPowerShell' {
    It 'is found and covers the topics a runbook author needs' {
        $text = Get-Help about_MmsPowerShell | Out-String
        foreach ($topic in 'CREDENTIALS', 'REGIONS AND ENDPOINTS', 'THE LOCAL EMULATOR', 'RETRIES AND TIMEOUTS', 'CONCURRENCY AND PAGING', 'VIEWS') {
            $text | Should -Match $topic
        }
    }
}
