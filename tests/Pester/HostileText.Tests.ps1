# What a hostile or broken service, and hostile input, must not get through: terminal control in
# views, errors and verbose lines; passwords inside URLs; answers about another object; needless file reads.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator | Out-Null

    # Any C0 control but the line breaks formatting itself writes, DEL, any C1 control, or the Unicode line separators.
    $script:TerminalControl = '[\x00-\x09\x0B\x0C\x0E-\x1F\x7F-\x9F\u2028\u2029]'

    function Invoke-ChildPwsh([string] $Script, [hashtable] $Environment = @{}) {
        # A fresh process: proxies from the environment and the credential files are read once per process.
        $saved = @{}
        foreach ($key in $Environment.Keys) { $saved[$key] = [Environment]::GetEnvironmentVariable($key); [Environment]::SetEnvironmentVariable($key, $Environment[$key]) }
        try {
            $file = Join-Path ([IO.Path]::GetTempPath()) ("mms-child-" + [guid]::NewGuid().ToString('N') + '.ps1')
            Set-Content -Path $file -Value ("Import-Module '$ModulePath'`n" + $Script)
            & dotnet pwsh -NoProfile -NonInteractive -OutputFormat Text -File $file 2>&1 | Out-String
        }
        finally {
            foreach ($key in $saved.Keys) { [Environment]::SetEnvironmentVariable($key, $saved[$key]) }
            Remove-Item $file -ErrorAction SilentlyContinue
        }
    }
}

AfterAll {
    $Emulator | Stop-MmsEmulator
}

Describe 'Text from the service cannot drive the terminal' {
    BeforeEach { Clear-MmsEmulatorFault -Emulator $Emulator }

    It 'every view of a hostile table shows its control characters as visible symbols' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind hostile -Action GetMmsTable | Out-Null
        $table = Get-MmsTable -SourceId 2000028 -TableId 22 @Conn
        $table.Name | Should -Match '^t\u241b\[2J\u241b\]0;pwned\u2407'
        $shown = @(
            $table | Format-Table | Out-String
            $table | Format-List | Out-String
            $table | Format-List * | Out-String
            $table | Get-MmsTableColumn | Out-String
            $table | Get-MmsTableColumn | Format-List * | Out-String
            $table.Extra | Out-String
        ) -join "`n"
        $shown | Should -Not -Match $TerminalControl
        $shown | Should -Not -Match '(?m)^WARNING: forged'
        $shown | Should -Match 'pwned'
    }

    It 'legitimate Unicode passes untouched' {
        [MmsPowerShell.Core.Text.ServiceText]::Clean("  销售_订单 🚀 עברית café `n") | Should -BeExactly '销售_订单 🚀 עברית café'
    }

    It 'error codes, messages, ErrorIds and request ids from a hostile error body are sanitized' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind hostileerror -Action GetMmsTable | Out-Null
        Get-MmsTable -SourceId 2000028 -TableId 22 @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err.Count | Should -Be 1
        $text = @($err[0].ToString(), $err[0].FullyQualifiedErrorId, $err[0].ErrorDetails.Message, $err[0].Exception.Message,
            $err[0].Exception.RequestId, ($err[0] | Out-String)) -join "`n"
        $text | Should -Not -Match $TerminalControl
        $text | Should -Not -Match '(?m)^WARNING: forged'
        $err[0].FullyQualifiedErrorId | Should -Match '^Bad\u241b\[2J'
    }

    It 'verbose lines carry no control characters' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind hostile -Action GetMmsTable | Out-Null
        $verbose = Get-MmsTable -SourceId 2000028 -TableId 22 @Conn -Verbose 4>&1 | Where-Object { $_ -is [Management.Automation.VerboseRecord] }
        $verbose.Count | Should -BeGreaterThan 1
        ($verbose.Message -join "`n") | Should -Not -Match $TerminalControl
    }
}

Describe 'Answers that cannot be used as they are' {
    BeforeEach { Clear-MmsEmulatorFault -Emulator $Emulator }

    It 'an answer about another table is InvalidData naming both ids, not the asked table with a wrong id' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind wrongid -Action GetMmsTable | Out-Null
        $tables = Get-MmsTable -SourceId 2000028 -TableId 22, 5 @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $tables | Should -BeNullOrEmpty
        $err.Count | Should -Be 2
        $err[0].CategoryInfo.Category | Should -Be 'InvalidData'
        $err[0].ToString() | Should -Match 'table 23, not the table 22'
        $err[0].TargetObject.TableId | Should -Be 22
    }

    It 'a byte order mark before the JSON is ignored' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind bom -Action GetMmsTable | Out-Null
        (Get-MmsTable -SourceId 2000028 -TableId 22 @Conn).Name | Should -Be 'bom_table'
    }

    It 'a gateway error body in a 200 keeps its request id' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind errorin200 -Action GetMmsTable | Out-Null
        Get-MmsTable -SourceId 2000028 -TableId 22 @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].CategoryInfo.Category | Should -Be 'InvalidData'
        $err[0].Exception.RequestId | Should -Match '^[0-9A-F-]{36}$'
        $err[0].ToString() | Should -Not -Match 'no request id'
        $err[0].ToString() | Should -Match 'Forbidden\.RAM'
    }

    It "Hive's -1 for rows and size is unknown, shown as ?" {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind unknowncounts -Action GetMmsTable | Out-Null
        $table = Get-MmsTable -SourceId 2000028 -TableId 22 @Conn
        $table.NumRows | Should -BeNullOrEmpty
        $table.Size | Should -BeNullOrEmpty
        ($table | Format-Table | Out-String) | Should -Not -Match '-1'
        ($table | Format-List | Out-String) | Should -Match 'NumRows\s+:\s+\?'
        ($table | Measure-MmsMigration).NumRows | Should -Be 0
    }
}

Describe 'Passwords inside URLs never show' {
    BeforeEach { Clear-MmsEmulatorFault -Emulator $Emulator }
    It 'an endpoint with user info is refused before any request, without the password' {
        $before = (Get-MmsEmulatorStat -Emulator $Emulator -Reset).requests
        $endpoint = $Emulator.Endpoint -replace '^http://', 'http://admin:Hunter2Secret@'
        { Get-MmsTable -SourceId 2000028 -TableId 22 -Endpoint $endpoint -Credential $Conn.Credential -ErrorAction Stop } |
            Should -Throw -ErrorId 'MmsInvalidEndpoint,MmsPowerShell.Commands.GetMmsTableCommand'
        $Error[0] | Out-String | Should -Not -Match 'Hunter2Secret'
        (Get-MmsEmulatorStat -Emulator $Emulator).requests | Should -Be 0
    }

    It 'a proxy password is used but shown nowhere: errors, inner exceptions, verbose, Get-MmsContext' {
        $proxy = 'http://proxyuser:Pr0xySecret@127.0.0.1:9'
        Get-MmsTable -SourceId 2000028 -TableId 22 @Conn -Proxy $proxy -MaximumRetryCount 0 -Verbose -ErrorVariable err -ErrorAction SilentlyContinue 4>&1 |
            Out-String | Should -Not -Match 'Pr0xySecret'
        $err.Count | Should -Be 1
        $err[0].CategoryInfo.Category | Should -Be 'ConnectionError'
        ($err[0] | Format-List * -Force | Out-String) + $err[0].Exception.ToString() | Should -Not -Match 'Pr0xySecret'
        try {
            Connect-Mms @Conn -Proxy $proxy | Out-String | Should -Not -Match 'Pr0xySecret'
            (Get-MmsContext).Proxy | Should -Be 'http://***@127.0.0.1:9/'
            Get-MmsContext | Format-List * | Out-String | Should -Not -Match 'Pr0xySecret'
        }
        finally { Disconnect-Mms }
    }

    It 'a proxy password from HTTPS_PROXY never shows in the error' {
        $output = Invoke-ChildPwsh -Environment @{ HTTPS_PROXY = 'http://envuser:EnvPr0xySecret@127.0.0.1:9'; NO_PROXY = '' } -Script @'
$c = [pscredential]::new('id', (ConvertTo-SecureString 'secret' -AsPlainText -Force))
Get-MmsTable -SourceId 1 -TableId 1 -Endpoint 'https://127.0.0.1:1' -Credential $c -MaximumRetryCount 0 -ErrorVariable err -ErrorAction SilentlyContinue
$err[0].CategoryInfo.Category
$err[0] | Format-List * -Force | Out-String
$err[0].Exception.ToString()
'@
        $output | Should -Match 'ConnectionError'
        $output | Should -Not -Match 'EnvPr0xySecret'
    }
}

Describe 'Input that must not turn into something else' {
    BeforeEach { Clear-MmsEmulatorFault -Emulator $Emulator }
    It 'an escaped wildcard in -Name is sent as the character, not the backtick' {
        $verbose = Get-MmsTable -SourceId 2000028 @Conn -Name 't_100`?' -Verbose 4>&1 | Where-Object { $_ -is [Management.Automation.VerboseRecord] }
        ($verbose.Message -match '^GET ') | Should -Match 'name=t_100%3F'
        ($verbose.Message -match '^GET ') | Should -Not -Match '%60'
    }

    It '-SecurityToken is a SecureString parameter that still takes text, and the token is sent' {
        (Get-Command Get-MmsTable).Parameters['SecurityToken'].ParameterType | Should -Be ([securestring])
        $verbose = Get-MmsTable -SourceId 2000028 -TableId 22 -Endpoint $Emulator.Endpoint -Credential $Conn.Credential `
            -SecurityToken 'Plain-Sts-Token-Value' -Verbose 4>&1
        ($verbose | Where-Object { $_ -is [MmsPowerShell.Core.Models.MmsTable] }).Name | Should -Be 'test'
        ($verbose | Out-String) | Should -Not -Match 'Plain-Sts-Token-Value'
        $secure = ConvertTo-SecureString 'Plain-Sts-Token-Value' -AsPlainText -Force
        (Get-MmsTable -SourceId 2000028 -TableId 22 -Endpoint $Emulator.Endpoint -Credential $Conn.Credential -SecurityToken $secure).Name |
            Should -Be 'test'
    }

    It 'a region too long for a host name is an invalid argument' {
        { Get-MmsTable -SourceId 1 -TableId 1 -Region ('a' * 300) -Credential $Conn.Credential -ErrorAction Stop } |
            Should -Throw -ErrorId 'MmsInvalidRegion,MmsPowerShell.Commands.GetMmsTableCommand'
    }
}

Describe 'Files are read only when needed, and checked when read' {
    BeforeEach { Clear-MmsEmulatorFault -Emulator $Emulator }
    It 'a malformed aliyun CLI file does not break a call whose credentials and endpoint are given' {
        $endpoint = $Emulator.Endpoint
        $id = $Conn.Credential.UserName
        $secret = $Conn.Credential.GetNetworkCredential().Password
        Invoke-WithCleanEnvironment -Variables @{ ALIBABA_CLOUD_ACCESS_KEY_ID = $id; ALIBABA_CLOUD_ACCESS_KEY_SECRET = $secret } -Script {
            param($home_)
            New-Item -ItemType Directory (Join-Path $home_ '.aliyun') | Out-Null
            Set-Content (Join-Path $home_ '.aliyun/config.json') '{ this is not json'
            (Get-MmsTable -SourceId 2000028 -TableId 22 -Endpoint $endpoint -ErrorAction Stop).Name | Should -Be 'test'
        }
    }

    It 'warns when the credentials file can be read by other users' -Skip:$IsWindows {
        $endpoint = $Emulator.Endpoint
        $id = $Conn.Credential.UserName
        $secret = $Conn.Credential.GetNetworkCredential().Password
        Invoke-WithCleanEnvironment -Script {
            param($home_)
            New-Item -ItemType Directory (Join-Path $home_ '.aliyun') | Out-Null
            $file = Join-Path $home_ '.aliyun/config.json'
            Set-Content $file ('{"current":"p","profiles":[{"name":"p","mode":"AK","access_key_id":"' + $id + '","access_key_secret":"' + $secret + '","region_id":"cn-hangzhou"}]}')
            chmod 644 $file
            Get-MmsTable -SourceId 2000028 -TableId 22 -Endpoint $endpoint -WarningVariable warned -WarningAction SilentlyContinue | Out-Null
            $warned.Count | Should -Be 1
            $warned[0] | Should -Match 'chmod 600'
            $warned[0] | Should -Not -Match ([regex]::Escape($secret))
            chmod 600 $file
            Get-MmsTable -SourceId 2000028 -TableId 22 -Endpoint $endpoint -WarningVariable warned2 -WarningAction SilentlyContinue | Out-Null
            $warned2.Count | Should -Be 0
        }
    }
}
