BeforeDiscovery {
    . $PSScriptRoot/Common.ps1
    $script:Cmdlets = (Get-Module MmsPowerShell).ExportedCmdlets.Keys | ForEach-Object { @{ Name = $_ } }
}

BeforeAll {
    . $PSScriptRoot/Common.ps1
    # -WhatIf and -Confirm are documented where a cmdlet has them; only the true common parameters are not.
    $script:Common = [System.Management.Automation.Cmdlet]::CommonParameters
}

Describe 'Help for <Name>' -ForEach $Cmdlets {
    BeforeAll {
        $script:Help = Get-Help $Name -Full
        $script:Text = $Help | Out-String -Width 200
    }

    It 'has a synopsis and a description' {
        $Help.Synopsis | Should -Not -BeNullOrEmpty
        $Help.Synopsis | Should -Not -Match "^\s*$Name \["  # the engine's fallback when no help is found
        ($Help.description.Text -join ' ') | Should -Not -BeNullOrEmpty
    }

    It 'has at least two examples with code and remarks' {
        @($Help.examples.example).Count | Should -BeGreaterOrEqual 2
        foreach ($example in $Help.examples.example) {
            $example.code | Should -Not -BeNullOrEmpty
            ($example.remarks.Text -join '') | Should -Not -BeNullOrEmpty
        }
    }

    It 'documents exactly the parameters the cmdlet has' {
        $actual = (Get-Command $Name).Parameters.Keys | Where-Object { $Common -notcontains $_ } | Sort-Object
        $documented = @($Help.parameters.parameter | Where-Object { $_ } | ForEach-Object name) | Sort-Object
        $documented | Should -Be $actual
        foreach ($parameter in @($Help.parameters.parameter | Where-Object { $_ })) {
            ($parameter.description.Text -join '') | Should -Not -BeNullOrEmpty -Because "-$($parameter.name) needs a description"
        }
    }

    It 'has no placeholder left' {
        $Text | Should -Not -Match '\{\{'
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
