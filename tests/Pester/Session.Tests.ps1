# Connecting, against the emulator: Connect-Mms, Get-MmsContext and Disconnect-Mms (a runbook states its
# connection once), a default region next to a connected endpoint, where credentials come from, signing and
# authentication errors, and region names.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator | Out-Null
    $script:ErrorIdSuffix = ',MmsPowerShell.Commands.GetMmsTableCommand'
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
        $other = (Invoke-InRunspace { Get-MmsContext }).Output
        $other | Should -BeNullOrEmpty
    }
}

Describe 'A Connect-Mms endpoint and a default region' {
    AfterEach {
        $PSDefaultParameterValues.Remove('*-Mms*:Region')
        Disconnect-Mms
    }

    It 'keeps calls on the connected endpoint and says why the region is not used' {
        Connect-Mms -Endpoint $Emulator.Endpoint -Credential $Emulator.Credential | Out-Null
        $PSDefaultParameterValues['*-Mms*:Region'] = 'cn-hangzhou'
        Get-Requests | Out-Null
        $all = Get-MmsTable -SourceId 2000028 -TableId 22 3>&1
        ($all | Where-Object { $_ -is [MmsPowerShell.Core.Models.MmsTable] }).Name | Should -Be 'test'
        Get-Requests | Should -Be 1
        $warning = $all | Where-Object { $_ -is [System.Management.Automation.WarningRecord] }
        $warning.Message | Should -BeLike '-Region cn-hangzhou is not used*Connect-Mms endpoint*'
    }

    It 'is silent when the default region is also the connection''s own' {
        $PSDefaultParameterValues['*-Mms*:Region'] = 'cn-hangzhou'
        Connect-Mms -Endpoint $Emulator.Endpoint -Credential $Emulator.Credential | Out-Null
        (Get-MmsContext).Region | Should -Be 'cn-hangzhou'
        $all = Get-MmsTable -SourceId 2000028 -TableId 22 3>&1
        $all | Where-Object { $_ -is [System.Management.Automation.WarningRecord] } | Should -BeNullOrEmpty
        $all.Name | Should -Be 'test'
    }

    It 'still lets an explicit -Endpoint on the call win' {
        Connect-Mms -Endpoint 'http://127.0.0.1:9' -Credential $Emulator.Credential | Out-Null
        (Get-MmsTable -SourceId 2000028 -TableId 22 -Endpoint $Emulator.Endpoint).Name | Should -Be 'test'
    }
}

Describe 'Where credentials come from, and what they never do' {
    It 'stops with one terminating error naming where it looked when there are no credentials' {
        Invoke-WithCleanEnvironment {
            { Get-MmsTable -SourceId 2000028 -TableId 1, 2 -Endpoint $Emulator.Endpoint } |
                Should -Throw -ErrorId "MmsCredentialsNotFound$ErrorIdSuffix"
            try { Get-MmsTable -SourceId 2000028 -TableId 1 -Endpoint $Emulator.Endpoint } catch { $caught = $_ }
            $caught.CategoryInfo.Category | Should -Be 'AuthenticationError'
            $caught.Exception.Message | Should -Match 'ALIBABA_CLOUD_ACCESS_KEY_ID'
            $caught.Exception.Message | Should -Match 'config\.json'
        }
    }

    It 'uses the environment variables' {
        $variables = @{
            ALIBABA_CLOUD_ACCESS_KEY_ID     = $Emulator.Credential.UserName
            ALIBABA_CLOUD_ACCESS_KEY_SECRET = $Emulator.Credential.GetNetworkCredential().Password
        }
        Invoke-WithCleanEnvironment -Variables $variables {
            (Get-MmsTable -SourceId 2000028 -TableId 22 -Endpoint $Emulator.Endpoint).Name | Should -Be 'test'
        }
    }

    It 'uses a named aliyun CLI profile, and its region when no endpoint is given' {
        Invoke-WithCleanEnvironment {
            param($tempHome)
            New-Item -ItemType Directory (Join-Path $tempHome '.aliyun') | Out-Null
            @{
                current  = 'other'
                profiles = @(
                    @{ name = 'other'; mode = 'AK'; access_key_id = 'X'; access_key_secret = 'Y'; region_id = 'cn-beijing' }
                    @{ name = 'emu'; mode = 'AK'; access_key_id = $Emulator.Credential.UserName
                       access_key_secret = $Emulator.Credential.GetNetworkCredential().Password; region_id = 'cn-hangzhou' }
                )
            } | ConvertTo-Json -Depth 4 | Set-Content (Join-Path $tempHome '.aliyun/config.json')
            (Get-MmsTable -SourceId 2000028 -TableId 22 -Endpoint $Emulator.Endpoint -ProfileName emu).Name | Should -Be 'test'
            { Get-MmsTable -SourceId 2000028 -TableId 22 -ProfileName nope } |
                Should -Throw -ErrorId "MmsProfileNotFound$ErrorIdSuffix"
            $verbose = Get-MmsTable -SourceId 1 -TableId 1 -ProfileName emu -Verbose -ErrorAction SilentlyContinue 4>&1 -ErrorVariable err |
                Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
            ($verbose -join "`n") | Should -Match 'https://maxcompute\.cn-hangzhou\.aliyuncs\.com/'
        }
    }

    It 'refuses plain http to a non-loopback host' {
        { Get-MmsTable -SourceId 1 -TableId 1 -Endpoint 'http://maxcompute.cn-hangzhou.aliyuncs.com' -Credential $Emulator.Credential } |
            Should -Throw -ErrorId "MmsInsecureEndpoint$ErrorIdSuffix"
    }

    It 'never shows the secret in verbose or debug output' {
        $secret = $Emulator.Credential.GetNetworkCredential().Password
        $all = Get-MmsTable -SourceId 2000028 -TableId 22, 999999 @Conn -Verbose -Debug -ErrorAction SilentlyContinue *>&1 | Out-String -Width 400
        $all | Should -Match 'GET http://127\.0\.0\.1'
        $all | Should -Not -Match ([regex]::Escape($secret))
        $all | Should -Not -Match 'Signature='
    }

    It 'says what to type next' {
        Invoke-WithCleanEnvironment {
            $err = $null
            try { Get-MmsTable -SourceId 2000028 -TableId 22 -Endpoint $Emulator.Endpoint } catch { $err = $_ }
            $err.FullyQualifiedErrorId | Should -Be 'MmsCredentialsNotFound,MmsPowerShell.Commands.GetMmsTableCommand'
            foreach ($step in 'Connect-Mms -Region cn-hangzhou -Credential (Get-Credential)', 'aliyun configure', 'ALIBABA_CLOUD_ACCESS_KEY_ID') {
                $err.Exception.Message | Should -BeLike "*$step*"
            }
            # Once, in the message: not repeated as the recommended action.
            $err.ErrorDetails.RecommendedAction | Should -BeNullOrEmpty
        }
    }
}

Describe 'Signing and authentication errors' {
    It 'reports a wrong secret as SignatureDoesNotMatch, an authentication error that names what to check' {
        $wrong = New-TestCredential $Emulator.Credential.UserName 'not-the-secret'
        $result = Get-MmsTable -SourceId 2000028 -TableId 22 -Endpoint $Emulator.Endpoint -Credential $wrong -ErrorVariable err -ErrorAction SilentlyContinue
        $result | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -Be "SignatureDoesNotMatch$ErrorIdSuffix"
        $err[0].CategoryInfo.Category | Should -Be 'AuthenticationError'
        $err[0].ErrorDetails.RecommendedAction | Should -Match 'secret'
        ($err[0] | Out-String) | Should -Not -Match 'not-the-secret'
    }

    It 'reports an unknown AccessKey ID as an authentication error' {
        $unknown = New-TestCredential 'LTAIunknownKeyId' 'whatever'
        Get-MmsTable -SourceId 2000028 -TableId 22 -Endpoint $Emulator.Endpoint -Credential $unknown -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be "InvalidAccessKeyId.NotFound$ErrorIdSuffix"
        $err[0].CategoryInfo.Category | Should -Be 'AuthenticationError'
    }

    It 'signs with an STS token' {
        $table = Get-MmsTable -SourceId 2000028 -TableId 22 -Endpoint $Emulator.Endpoint -Credential $Emulator.StsCredential -SecurityToken $Emulator.SecurityToken
        $table.Name | Should -Be 'test'
    }

    It 'reports a wrong STS token as an authentication error' {
        Get-MmsTable -SourceId 2000028 -TableId 22 -Endpoint $Emulator.Endpoint -Credential $Emulator.StsCredential -SecurityToken 'stale-token' -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -BeLike "InvalidSecurityToken*$ErrorIdSuffix"
        $err[0].CategoryInfo.Category | Should -Be 'AuthenticationError'
    }
}

Describe 'Regions' {
    It 'refuses a region typo before any request, naming the nearest region' {
        $watch = [Diagnostics.Stopwatch]::StartNew()
        { Get-MmsTable -SourceId 2000028 -TableId 22 -Region cn-hangzou -Credential $Emulator.Credential } |
            Should -Throw -ErrorId 'MmsUnknownRegion,MmsPowerShell.Commands.GetMmsTableCommand' -ExpectedMessage "*did you mean cn-hangzhou*"
        $watch.Elapsed.TotalSeconds | Should -BeLessThan 2
    }

    It 'does not check the region when -Endpoint is given' {
        (Get-MmsTable -SourceId 2000028 -TableId 22 -Region cn-hangzou @Conn).Name | Should -Be 'test'
    }
}
