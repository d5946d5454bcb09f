# The fault matrix of docs/reliability.md: each fault injected by the emulator over loopback, and what
# the module does about it. Retry waits are shortened with small Retry-After values where it matters.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator | Out-Null
    $script:ErrorIdSuffix = ',MmsPowerShell.Commands.GetMmsTableCommand'

}

AfterAll {
    $Emulator | Stop-MmsEmulator
}

Describe 'Faults and what Get-MmsTable does about them' {
    BeforeEach {
        Clear-MmsEmulatorFault -Emulator $Emulator
        Get-MmsEmulatorStat -Emulator $Emulator -Reset | Out-Null
    }

    It 'throttling with Retry-After: waits as asked, retries, succeeds, and says why in -Verbose' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind error -Status 429 -Code Throttling.User -RetryAfterMs 300 -TableId 22 -Times 1 | Out-Null
        $verbose = Get-MmsTable -SourceId 2000028 -TableId 22 @Conn -Verbose 4>&1
        ($verbose | Where-Object { $_ -is [MmsPowerShell.Core.Models.MmsTable] }).Name | Should -Be 'test'
        ($verbose | Where-Object { $_ -is [Management.Automation.VerboseRecord] }) -join "`n" |
            Should -Match 'Attempt 1 of 4 failed: Throttling\.User \(HTTP 429\), the service asked to wait 300 ms; retrying in 300 ms'
        Get-Requests | Should -Be 2
    }

    It 'throttling without Retry-After: backs off and succeeds' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind error -Status 503 -Code Throttling -Times 2 | Out-Null
        (Get-MmsTable -SourceId 2000028 -TableId 22 @Conn).Name | Should -Be 'test'
        Get-Requests | Should -Be 3
    }

    It '5xx then success: retried transparently' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind error -Status 500 -Code InternalError -Times 1 | Out-Null
        (Get-MmsTable -SourceId 2000028 -TableId 22 @Conn).Name | Should -Be 'test'
        Get-Requests | Should -Be 2
    }

    It '5xx forever: gives up after the maximum attempts with a ResourceUnavailable error' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind error -Status 503 -Code ServiceUnavailable | Out-Null
        Get-MmsTable -SourceId 2000028 -TableId 22 @Conn -MaximumRetryCount 2 -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -Be "ServiceUnavailable$ErrorIdSuffix"
        $err[0].CategoryInfo.Category | Should -Be 'ResourceUnavailable'
        $err[0].Exception.Attempts | Should -Be 3
        Get-Requests | Should -Be 3
    }

    It 'connection reset: retried, and reported as a connection error when it persists' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind reset -Times 1 | Out-Null
        (Get-MmsTable -SourceId 2000028 -TableId 22 @Conn).Name | Should -Be 'test'
        Set-MmsEmulatorFault -Emulator $Emulator -Kind reset | Out-Null
        Get-MmsTable -SourceId 2000028 -TableId 22 @Conn -MaximumRetryCount 1 -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be "MmsConnectionFailed$ErrorIdSuffix"
        $err[0].CategoryInfo.Category | Should -Be 'ConnectionError'
    }

    It 'a server that never answers: each attempt times out, then an OperationTimeout error' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind hang | Out-Null
        Get-MmsTable -SourceId 2000028 -TableId 22 @Conn -TimeoutSec 1 -MaximumRetryCount 1 -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be "MmsRequestTimeout$ErrorIdSuffix"
        $err[0].CategoryInfo.Category | Should -Be 'OperationTimeout'
        Get-Requests | Should -Be 2
    }

    It '<Kind>: a bad answer is an InvalidData error naming the request id' -ForEach @(
        @{ Kind = 'truncated' }
        @{ Kind = 'nulldata' }
        @{ Kind = 'wrongtypes' }
        @{ Kind = 'largebody' }
        @{ Kind = 'html' }
    ) {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind $Kind -Status 502 | Out-Null
        Get-MmsTable -SourceId 2000028 -TableId 22 @Conn -MaximumRetryCount 0 -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err.Count | Should -Be 1
        $err[0].CategoryInfo.Category | Should -Be 'InvalidData'
        $err[0].FullyQualifiedErrorId | Should -BeIn @("MmsInvalidResponse$ErrorIdSuffix", "MmsResponseTooLarge$ErrorIdSuffix")
        $err[0].Exception.RequestId | Should -Match '^[0-9A-F-]{36}$'
        $err[0].ToString() | Should -Match $err[0].Exception.RequestId
        $err[0].Exception | Should -BeOfType ([MmsPowerShell.Core.Errors.MmsApiException])
    }

    It 'a proxy HTML page with a transient status is retried' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind html -Status 502 -Times 1 | Out-Null
        (Get-MmsTable -SourceId 2000028 -TableId 22 @Conn).Name | Should -Be 'test'
        Get-Requests | Should -Be 2
    }

    It 'wrong secret: not retried, an AuthenticationError that says to check the secret and clock' {
        $wrong = New-TestCredential $Emulator.Credential.UserName 'wrong-secret-value'
        Get-MmsTable -SourceId 2000028 -TableId 22 -Endpoint $Emulator.Endpoint -Credential $wrong -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be "SignatureDoesNotMatch$ErrorIdSuffix"
        $err[0].ErrorDetails.RecommendedAction | Should -Match 'secret.*clock'
        Get-Requests | Should -Be 1
    }

    It 'a replayed request (the same signature nonce) is refused as SignatureNonceUsed' {
        $credentials = [MmsPowerShell.Core.Credentials.MmsCredentials]::new($Emulator.Credential.UserName, $Emulator.Credential.GetNetworkCredential().Password, $null, 'test')
        $noQuery = [Collections.Generic.List[Collections.Generic.KeyValuePair[string, string]]]::new()
        $first = [MmsPowerShell.Core.Signing.SignedRequestFactory]::Create([Net.Http.HttpMethod]::Get, [uri]$Emulator.Endpoint,
            '/api/v1/mms/datasources/2000028/tables/22', $noQuery, 'GetMmsTable', '2022-01-04', $credentials, [datetime]::UtcNow, $null)
        $replay = [Net.Http.HttpRequestMessage]::new($first.Method, $first.RequestUri)
        foreach ($header in $first.Headers) { $null = $replay.Headers.TryAddWithoutValidation($header.Key, $header.Value) }
        $http = [Net.Http.HttpClient]::new()
        try {
            $answers = foreach ($request in $first, $replay) {
                $response = $http.SendAsync($request).GetAwaiter().GetResult()
                [pscustomobject]@{ Status = [int]$response.StatusCode; Body = $response.Content.ReadAsStringAsync().GetAwaiter().GetResult() }
            }
        }
        finally {
            $http.Dispose()
        }
        $answers[0].Status | Should -Be 200
        $answers[1].Status | Should -Be 400
        ($answers[1].Body | ConvertFrom-Json).Code | Should -Be 'SignatureNonceUsed'
    }

    It 'expired STS token: not retried, an AuthenticationError asking for fresh credentials' {
        Get-MmsTable -SourceId 2000028 -TableId 22 -Endpoint $Emulator.Endpoint -Credential $Emulator.StsCredential -SecurityToken 'expired-token' -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be "InvalidSecurityToken.Expired$ErrorIdSuffix"
        $err[0].ErrorDetails.RecommendedAction | Should -Match 'fresh STS credentials'
        Get-Requests | Should -Be 1
    }

    It 'not found: not retried' {
        Get-MmsTable -SourceId 2000028 -TableId 424242 @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        Get-Requests | Should -Be 1
    }

    It 'forbidden: not retried, PermissionDenied naming the RAM action and resource' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind error -Status 403 -Code Forbidden.RAM -Message 'User not authorized to operate on the specified resource.' | Out-Null
        Get-MmsTable -SourceId 2000028 -TableId 22 @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be "Forbidden.RAM$ErrorIdSuffix"
        $err[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
        $err[0].ErrorDetails.RecommendedAction | Should -Be 'Grant the RAM action odps:GetMmsTable on acs:odps:{regionId}:{accountId}:mmsdatasource/2000028 to the caller.'
        Get-Requests | Should -Be 1
    }

    It 'clock skew: the error says the local clock is off' {
        $skewed = Start-TestEmulator -Standalone -ClockSkewSeconds 1800
        try {
            Get-MmsTable -SourceId 2000028 -TableId 22 -Endpoint $skewed.Endpoint -Credential $skewed.Credential -ErrorVariable err -ErrorAction SilentlyContinue
            $err[0].FullyQualifiedErrorId | Should -Be "InvalidTimeStamp.Expired$ErrorIdSuffix"
            $err[0].ErrorDetails.RecommendedAction | Should -Match 'local clock is off'
        }
        finally {
            $skewed | Stop-MmsEmulator
        }
    }

    It 'cancellation mid-request (Ctrl+C): stops at once' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind hang | Out-Null
        $stop = Stop-Midway 'Get-MmsTable @Conn -SourceId 2000028 -TableId 22 -TimeoutSec 600'
        $stop.StopSeconds | Should -BeLessThan 10 -Because 'a 600 s request must not hold Ctrl+C'
        $stop.State | Should -Be 'Stopped'
    }

    It 'cancellation mid-listing (Ctrl+C): stops at once and sends no page after' {
        Assert-ListingStopsMidway -ThrottleLimit 4
    }

    It 'cancellation during a backoff wait: stops at once' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind error -Status 429 -Code Throttling -RetryAfterMs 60000 | Out-Null
        $stop = Stop-Midway 'Get-MmsTable @Conn -SourceId 2000028 -TableId 22' -ThenMs 200
        $stop.StopSeconds | Should -BeLessThan 10 -Because 'a 60 s Retry-After wait must not hold Ctrl+C'
        $stop.State | Should -Be 'Stopped'
        $stop.Settled | Should -Be 1
    }

    # "Every tenth id fails (990 objects and 10 errors)": those figures mean every hundredth id, so that is
    # what is injected (ids 100, 200, ... 1000).
    It '1,000 ids with 10 failing along the way: 990 objects and 10 errors, nothing lost, order kept' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind error -Status 403 -Code Forbidden.RAM -SourceId 9000001 -TableIdModulo 100 | Out-Null
        $ids = 1..1000 | ForEach-Object { [pscustomobject]@{ SourceId = 9000001; TableId = $_ } }
        $all = @($ids | Get-MmsTable @Conn 2>&1)
        $objects = @($all | Where-Object { $_ -is [MmsPowerShell.Core.Models.MmsTable] })
        $errors = @($all | Where-Object { $_ -is [Management.Automation.ErrorRecord] })
        $objects.Count | Should -Be 990
        $errors.Count | Should -Be 10
        $sequence = $all | ForEach-Object { if ($_ -is [Management.Automation.ErrorRecord]) { $_.TargetObject.TableId } else { $_.TableId } }
        ($sequence -join ',') | Should -Be ((1..1000) -join ',')
        $errors.TargetObject.TableId | Should -Be (1..10 | ForEach-Object { $_ * 100 })
    }

    Context 'proxies' {
        # A second emulator stands in for the proxy: it answers absolute-form requests itself, so its
        # request counter shows whether the proxy was used, and the target's shows it was not bypassed.
        BeforeAll {
            $script:ProxyEmulator = Start-TestEmulator -Standalone
        }

        AfterAll {
            $ProxyEmulator | Stop-MmsEmulator
        }

        It 'sends requests through -Proxy' {
            Get-MmsEmulatorStat -Emulator $ProxyEmulator -Reset | Out-Null
            (Get-MmsTable -SourceId 2000028 -TableId 22 @Conn -Proxy $ProxyEmulator.Endpoint).Name | Should -Be 'test'
            (Get-MmsEmulatorStat -Emulator $ProxyEmulator).requests | Should -Be 1
            Get-Requests | Should -Be 0
        }

        It 'uses HTTP_PROXY from the environment when no -Proxy is given' {
            Get-MmsEmulatorStat -Emulator $ProxyEmulator -Reset | Out-Null
            $secret = $Emulator.Credential.GetNetworkCredential().Password
            $script = "`$env:HTTP_PROXY = '$($ProxyEmulator.Endpoint)'; `$env:NO_PROXY = ''; Import-Module '$ModulePath'; " +
                "`$c = [pscredential]::new('$($Emulator.Credential.UserName)', (ConvertTo-SecureString '$secret' -AsPlainText -Force)); " +
                "(Get-MmsTable -SourceId 2000028 -TableId 22 -Endpoint '$($Emulator.Endpoint)' -Credential `$c).Name"
            Push-Location $RepoRoot
            try { $output = @(& dotnet pwsh -NoProfile -NonInteractive -Command $script 2>&1) }
            finally { Pop-Location }
            $output[-1] | Should -Be 'test'
            (Get-MmsEmulatorStat -Emulator $ProxyEmulator).requests | Should -Be 1
            Get-Requests | Should -Be 0
        }
    }

    It 'never shows the secret, the STS token or a signature in any stream, error or object' {
        $secret = $Emulator.StsCredential.GetNetworkCredential().Password
        $token = $Emulator.SecurityToken
        $sts = @{ Endpoint = $Emulator.Endpoint; Credential = $Emulator.StsCredential; SecurityToken = $token }
        Set-MmsEmulatorFault -Emulator $Emulator -Kind error -Status 503 -Code ServiceUnavailable -TableId 3 -Times 1 | Out-Null
        $everything = Get-MmsTable -SourceId 2000028 -TableId 22, 3, 999999 @sts -Verbose -Debug -ErrorAction Continue *>&1
        $wrong = Get-MmsTable -SourceId 2000028 -TableId 22 -Endpoint $Emulator.Endpoint -Credential (New-TestCredential $Emulator.StsCredential.UserName 'another-secret-x') -SecurityToken $token -Verbose *>&1
        $text = @(
            $everything + $wrong | Format-List * -Force | Out-String -Width 500
            $everything + $wrong | Where-Object { $_ -is [Management.Automation.ErrorRecord] } | ForEach-Object {
                $_.Exception.ToString(); $_.ErrorDetails | Format-List * | Out-String; $_ | Format-List * -Force | Out-String
            }
            $everything | Where-Object { $_ -is [MmsPowerShell.Core.Models.MmsTable] } | ForEach-Object { $_.ToString(); $_ | ConvertTo-Json -Depth 5 }
        ) -join "`n"
        $text | Should -Match 'GET http://127\.0\.0\.1'   # the scan really saw the verbose stream
        $text | Should -Match 'ServiceUnavailable'          # and the retried error
        $text | Should -Not -Match ([regex]::Escape($secret))
        $text | Should -Not -Match 'another-secret-x'
        $text | Should -Not -Match ([regex]::Escape($token))
        $text | Should -Not -Match 'Signature='
    }
}
