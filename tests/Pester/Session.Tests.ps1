# Connect-Mms, Get-MmsContext and Disconnect-Mms: a runbook states its connection once.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator | Out-Null
}

AfterAll {
    Disconnect-Mms
    $Emulator | Stop-MmsEmulator
}

Describe 'Session defaults' {
    AfterEach { Disconnect-Mms }

    It 'lets later calls omit the connection parameters' {
        Invoke-WithCleanEnvironment {
            $context = Connect-Mms -Endpoint $Emulator.Endpoint -Credential $Emulator.Credential
            $context.ResolvedEndpoint | Should -Be ([uri]$Emulator.Endpoint)
            $context.CredentialSource | Should -Be '-Credential'
            (Get-MmsTable -SourceId 2000028 -TableId 22).Name | Should -Be 'test'
            (Get-MmsDataSource).Count | Should -BeGreaterThan 1
        }
    }

    It 'shows the context without secrets' {
        Connect-Mms -Endpoint $Emulator.Endpoint -Credential $Emulator.StsCredential -SecurityToken $Emulator.SecurityToken | Out-Null
        $context = Get-MmsContext
        $context.AccessKeyId | Should -Be $Emulator.StsCredential.UserName
        $context.UsesSecurityToken | Should -BeTrue
        $text = ($context | Format-List * | Out-String) + ($context | ConvertTo-Json) + $context.ToString()
        $text | Should -Not -Match ([regex]::Escape($Emulator.StsCredential.GetNetworkCredential().Password))
        $text | Should -Not -Match ([regex]::Escape($Emulator.SecurityToken))
        (Get-MmsTable -SourceId 2000028 -TableId 22).Name | Should -Be 'test'
    }

    It 'lets a call''s own parameters win over the context' {
        Connect-Mms -Endpoint $Emulator.Endpoint -Credential $Emulator.Credential | Out-Null
        $wrong = New-TestCredential $Emulator.Credential.UserName 'not-the-secret'
        Get-MmsTable -SourceId 2000028 -TableId 22 -Credential $wrong -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'SignatureDoesNotMatch,MmsPowerShell.Commands.GetMmsTableCommand'
        { Get-MmsTable -SourceId 2000028 -TableId 22 -Endpoint 'http://example.com' } |
            Should -Throw -ErrorId 'MmsInsecureEndpoint,MmsPowerShell.Commands.GetMmsTableCommand'
    }

    It 'fails at connect time on a bad configuration, keeping the previous context' {
        Connect-Mms -Endpoint $Emulator.Endpoint -Credential $Emulator.Credential | Out-Null
        { Connect-Mms -Endpoint 'http://10.1.2.3' -Credential $Emulator.Credential } | Should -Throw -ErrorId 'MmsInsecureEndpoint,MmsPowerShell.Commands.ConnectMmsCommand'
        (Get-MmsContext).ResolvedEndpoint | Should -Be ([uri]$Emulator.Endpoint)
    }

    It 'supports -WhatIf and forgets the context on Disconnect-Mms' {
        # In a runspace without a host, so the "What if:" lines do not leak into the test log.
        $states = Invoke-Hostless {
            param($endpoint, $credential)
            Connect-Mms -Endpoint $endpoint -Credential $credential -WhatIf
            [bool](Get-MmsContext)
            Connect-Mms -Endpoint $endpoint -Credential $credential | Out-Null
            Disconnect-Mms -WhatIf
            [bool](Get-MmsContext)
        } -ArgumentList $Emulator.Endpoint, $Emulator.Credential
        $states | Should -Be @($false, $true)
        Connect-Mms -Endpoint $Emulator.Endpoint -Credential $Emulator.Credential | Out-Null
        Disconnect-Mms
        Get-MmsContext | Should -BeNullOrEmpty
        Invoke-WithCleanEnvironment {
            { Get-MmsTable -SourceId 2000028 -TableId 22 -Endpoint $Emulator.Endpoint } |
                Should -Throw -ErrorId 'MmsCredentialsNotFound,MmsPowerShell.Commands.GetMmsTableCommand'
        }
    }

    It 'keeps the context to its own runspace' {
        Connect-Mms -Endpoint $Emulator.Endpoint -Credential $Emulator.Credential | Out-Null
        $ps = [powershell]::Create()
        try {
            $other = $ps.AddScript("Import-Module '$ModulePath'; Get-MmsContext").Invoke()
            $other | Should -BeNullOrEmpty
        }
        finally { $ps.Dispose() }
    }

    It 'feeds tab completion' {
        Connect-Mms -Endpoint $Emulator.Endpoint -Credential $Emulator.Credential | Out-Null
        $line = 'Get-MmsTable -SourceId 2000'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Contain '2000045'
    }
}
