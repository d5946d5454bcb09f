# A secret sent in -Config never comes back to the user, whatever form the service echoes it in: the error, its
# ErrorDetails, $Error as JSON and a transcript hold no raw, JSON-escaped, \u-escaped or percent-encoded copy.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator | Out-Null
    # A quote, a backslash, umlauts and a plus: System.Text.Json sends them as \u0022, \\, \u00E4 and \u002B.
    $script:Secret = 'Q"uo\te-P' + [char]0xE4 + 'ssw' + [char]0xF6 + 'rd+' + (Get-Random)
    $script:Forms = @(
        $Secret
        ($Secret | ConvertTo-Json).Trim('"')
        ($Secret -replace '\\', '\\' -replace '"', '\u0022' -replace [char]0xE4, '\u00E4')
        [uri]::EscapeDataString($Secret)
        'uo\\te', 'uo\te', 'ssw\u00f6rd', ('ssw' + [char]0xF6 + 'rd'), 'P\u00E4ssw', 'P\u00e4ssw'
    )
    function Assert-NoSecret([string] $Text) {
        foreach ($form in $Forms) { $Text.Contains($form, [StringComparison]::OrdinalIgnoreCase) | Should -BeFalse -Because "'$form' must not appear" }
    }
    function New-Config {
        @{
            'hive.metastore.urls' = 'thrift://master-1-1:9083'
            'hive.jdbc.url'       = 'jdbc:hive2://master-1-1:10000/default'
            'hive.jdbc.password'  = $Secret
            'mc.default.project'  = 'mma_target'
            'mc.endpoint'         = 'http://mc.example/api'
        }
    }
}

AfterAll {
    $Emulator | Stop-MmsEmulator
}

Describe 'a secret echoed back by the service' -ForEach @(
    @{ Cmdlet = 'New-MmsDataSource'; Action = 'CreateMmsDataSource'; Run = { param($config) New-MmsDataSource -Name "echo-$(Get-Random)" -Type HIVE -Config $config @Conn } }
    @{ Cmdlet = 'Set-MmsDataSource'; Action = 'UpdateMmsDataSource'; Run = { param($config) Set-MmsDataSource -SourceId 2000028 -Type HIVE -Config @{ 'hive.jdbc.password' = $config['hive.jdbc.password'] } @Conn } }
) {
    It '<Cmdlet>: the service really echoed it, and no form of it is in the error, ErrorDetails or $Error as JSON' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind echobody -Action $Action -Times 1
        $Error.Clear()
        $err = @(& $Run (New-Config) 2>&1 | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
        $err.Count | Should -Be 1
        $err[0].Exception.ServiceMessage | Should -Match 'hive\.jdbc\.password' -Because 'the fault quotes the body, so the test would catch a leak'
        $err[0].Exception.ServiceMessage | Should -Match '\*{8}'
        Assert-NoSecret $err[0].ErrorDetails.Message
        Assert-NoSecret ([string]$err[0].ErrorDetails.RecommendedAction)
        Assert-NoSecret $err[0].Exception.ToString()
        Assert-NoSecret ($err[0] | Out-String -Width 500)
        Assert-NoSecret ($Error | ConvertTo-Json -Depth 2 -WarningAction SilentlyContinue)
    }

    It '<Cmdlet>: a transcript of the failing call holds no form of it' {
        $transcript = Join-Path ([IO.Path]::GetTempPath()) ("mms-transcript-" + [guid]::NewGuid().ToString('N') + '.txt')
        $config = New-Config
        Set-MmsEmulatorFault -Emulator $Emulator -Kind echobody -Action $Action -Times 1
        Start-Transcript -Path $transcript -UseMinimalHeader | Out-Null
        try {
            & $Run $config -Verbose -ErrorAction Continue 4>&1 2>&1 | Out-Host
        }
        finally { Stop-Transcript | Out-Null }
        $text = Get-Content $transcript -Raw
        Remove-Item $transcript
        $text | Should -Match 'InvalidParameter'
        Assert-NoSecret $text
    }
}
