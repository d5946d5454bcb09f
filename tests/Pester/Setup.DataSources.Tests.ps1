# Registering data sources against the emulator: config items, New-MmsDataSource with validated config and
# secrets that never show, Remove-MmsDataSource and Set-MmsDataSource. Completing -Type and -Config is in Completion.Tests.ps1.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator | Out-Null
    $script:Secret = 'Hunter2-Very-Secret'
    $script:SecurePassword = ConvertTo-SecureString $Secret -AsPlainText -Force
    $script:HiveConfig = @{
        'hive.metastore.urls' = 'thrift://master-1-1:9083'
        'hive.jdbc.url'       = 'jdbc:hive2://master-1-1:10000/default'
        'hive.jdbc.password'  = $SecurePassword
        'mc.default.project'  = 'mma_target'
        'mc.endpoint'         = 'http://mc.example/api'
    }
}

AfterAll {
    $Emulator | Stop-MmsEmulator
}

Describe 'Get-MmsDataSourceConfigItem' {
    It 'lists the config items of a type in English, secrets marked' {
        $items = Get-MmsDataSourceConfigItem -Type hive @Conn
        $items | Should -BeOfType ([MmsPowerShell.Core.Models.MmsDataSourceConfigItem])
        $items.Key | Should -Contain 'hive.metastore.urls'
        ($items | Where-Object Key -EQ 'hive.jdbc.password').IsSecret | Should -BeTrue
        ($items | Where-Object Key -EQ 'security.kerberos.keytab').IsSecret | Should -BeTrue
        ($items | Where-Object Key -EQ 'hive.version').Enums | Should -Be @('1.2.1', '2.3.9', '3.1.3')
        ($items | Where-Object Key -EQ 'hive.version').DefaultValue | Should -Be '3.1.3'
        ($items | Where-Object Key -EQ 'hive.metastore.urls').Name | Should -Be 'Hive metastore URIs'
        $items.SourceType | Sort-Object -Unique | Should -Be 'HIVE'
    }

    It 'filters keys with wildcards, binds the type of piped data sources and speaks Chinese on request' {
        (Get-MmsDataSourceConfigItem -Type BIGQUERY -Key 'bigquery.*' @Conn).Key | Should -Be @('bigquery.project.id', 'bigquery.service.account.key', 'bigquery.location')
        (Get-MmsDataSource -SourceId 2000028 @Conn | Get-MmsDataSourceConfigItem -Key hive.version @Conn).Key | Should -Be 'hive.version'
        (Get-MmsDataSourceConfigItem -Type HIVE -Key hive.version -Language zh_CN @Conn).Name | Should -Be 'Hive 版本'
    }

    It 'reports an unknown type as an error' {
        Get-MmsDataSourceConfigItem -Type ORACLE @Conn -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'InvalidParameter,*'
        $err[0].TargetObject.Type | Should -Be 'ORACLE'
    }
}

Describe 'New-MmsDataSource' {
    It 'creates a data source and writes it as read back' {
        Get-Stat | Out-Null
        $source = New-MmsDataSource -Name warehouse -Type hive -NetworkLink 'vpc-uf6a1b2c3:cn-shanghai' -Config $HiveConfig @Conn
        $stat = Get-Stat
        $stat.byAction.CreateMmsDataSource | Should -Be 1
        $stat.byAction.GetMmsDataSource | Should -Be 1
        $source | Should -BeOfType ([MmsPowerShell.Core.Models.MmsDataSource])
        $source.Name | Should -Be 'warehouse'
        $source.Type | Should -Be 'HIVE'
        $source.Region | Should -Be 'cn-shanghai'
        $source.DestinationProject | Should -Be 'mma_target'
        (Get-MmsDataSource -Name warehouse @Conn).SourceId | Should -Be $source.SourceId
    }

    It 'takes a PSCredential for a secret and types BOOLEAN and INT values' {
        $config = $HiveConfig.Clone()
        $config['hive.jdbc.password'] = New-TestCredential 'hive' $Secret
        $config['security.kerberos.enabled'] = 'false'
        $config['task.max.concurrency'] = '8'
        (New-MmsDataSource -Name typed -Type HIVE -Config $config @Conn).Name | Should -Be 'typed'
    }

    It '-WhatIf sends nothing and never shows a secret' {
        Get-Stat | Out-Null
        $text = Get-ChildHostText @"
`$config = @{ 'hive.metastore.urls' = 'thrift://master-1-1:9083'; 'hive.jdbc.url' = 'jdbc:hive2://master-1-1:10000/default'
    'hive.jdbc.password' = (ConvertTo-SecureString '$Secret' -AsPlainText -Force); 'mc.default.project' = 'mma_target'; 'mc.endpoint' = 'http://mc.example/api' }
New-MmsDataSource -Name whatif -Type HIVE -Config `$config -WhatIf @Conn
"@
        (Get-Stat).requests | Should -Be 0
        $text | Should -Match 'hive\.jdbc\.password -> \(secret, not shown\)'
        $text | Should -Match ([regex]::Escape("config mc.default.project -> 'mma_target'"))
        $text | Should -Not -Match $Secret
    }

    It 'never shows a secret in verbose, debug or errors, even when the service quotes it' {
        Set-MmsEmulatorFault -Emulator $Emulator -Kind error -Action CreateMmsDataSource -Times 1 -Status 400 -Code InvalidParameter `
            -Message "password $Secret is too weak" | Out-Null
        # In a child process: verbose and debug lines go to the host, which only a child's output captures.
        $text = Get-ChildHostText @"
`$config = @{ 'hive.metastore.urls' = 'thrift://master-1-1:9083'; 'hive.jdbc.url' = 'jdbc:hive2://master-1-1:10000/default'
    'hive.jdbc.password' = (ConvertTo-SecureString '$Secret' -AsPlainText -Force); 'mc.default.project' = 'mma_target'; 'mc.endpoint' = 'http://mc.example/api' }
New-MmsDataSource -Name leak -Type HIVE -Config `$config -Verbose -Debug -ErrorVariable e -ErrorAction Continue @Conn
'FQID=' + `$e[0].FullyQualifiedErrorId
'MESSAGE=' + `$e[0].ToString()
`$e | Out-String
`$e[0].Exception.Message
"@
        $text | Should -Match ([regex]::Escape('FQID=InvalidParameter,MmsPowerShell.Commands.NewMmsDataSourceCommand'))
        $text | Should -Match 'MESSAGE=.*password \*+ is too weak'
        $text | Should -Match 'VERBOSE:'
        $text | Should -Not -Match $Secret
    }

    It 'checks keys and values against the config items before creating anything' {
        Get-Stat | Out-Null
        $config = $HiveConfig.Clone()
        $config['hive.nope'] = 'x'
        $config['hive.version'] = '9.9'
        $config['task.max.concurrency'] = 'many'
        New-MmsDataSource -Name bad -Type HIVE -Config $config @Conn -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        (Get-Stat).byAction.CreateMmsDataSource | Should -BeNullOrEmpty
        $ids = $err.FullyQualifiedErrorId | ForEach-Object { $_.Split(',')[0] } | Sort-Object
        $ids | Should -Be @('MmsDataSourceConfigKeyUnknown', 'MmsDataSourceConfigValueInvalid', 'MmsDataSourceConfigValueInvalid')
        ($err | Where-Object { $_.FullyQualifiedErrorId -like 'MmsDataSourceConfigKeyUnknown*' }).ErrorDetails.RecommendedAction | Should -Match 'hive\.metastore\.urls'
        $err[0].TargetObject.Name | Should -Be 'bad'
    }

    It 'requires the required keys that have no default' {
        New-MmsDataSource -Name thin -Type BIGQUERY -Config @{ 'bigquery.project.id' = 'p' } @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err.FullyQualifiedErrorId | Should -Contain 'MmsDataSourceConfigRequired,MmsPowerShell.Commands.NewMmsDataSourceCommand'
        ($err.Exception.Message -join ' ') | Should -Match 'bigquery\.service\.account\.key'
    }

    It 'never resends a create whose answer was lost, and says how to check' {
        Get-Stat | Out-Null
        Set-MmsEmulatorFault -Emulator $Emulator -Kind lostanswer -Action CreateMmsDataSource -Times 1 | Out-Null
        New-MmsDataSource -Name lost -Type HIVE -Config $HiveConfig @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        (Get-Stat).byAction.CreateMmsDataSource | Should -Be 1
        $err[0].ToString() + $err[0].ErrorDetails.RecommendedAction | Should -Match ([regex]::Escape("Get-MmsDataSource -Name 'lost'"))
        (Get-MmsDataSource -Name lost @Conn) | Should -HaveCount 1
    }
}

Describe 'Remove-MmsDataSource' {
    It 'removes a piped data source; its objects answer not found' {
        $source = New-MmsDataSource -Name doomed -Type HIVE -Config $HiveConfig @Conn
        $source | Remove-MmsDataSource -Confirm:$false @Conn | Should -BeNullOrEmpty
        Get-MmsDataSource -SourceId $source.SourceId @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'MmsDataSourceNotFound,MmsPowerShell.Commands.GetMmsDataSourceCommand'
    }

    It 'has ConfirmImpact High and sends nothing under -WhatIf' {
        (Get-Command Remove-MmsDataSource).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact |
            Should -Be 'High'
        Get-Stat | Out-Null
        Invoke-Hostless { param($conn) Remove-MmsDataSource -SourceId 2000099 -WhatIf @conn } -ArgumentList $Conn | Should -BeNullOrEmpty
        (Get-Stat).requests | Should -Be 0
    }

    It 'piped tables name their source once: one prompt, one request, not one per table' {
        $source = New-MmsDataSource -Name many_rows -Type HIVE -Config $HiveConfig @Conn
        $rows = 1..3 | ForEach-Object { [pscustomobject]@{ SourceId = $source.SourceId; TableId = $_ } }
        Get-Stat | Out-Null
        $text = Get-ChildHostText "1..3 | ForEach-Object { [pscustomobject]@{ SourceId = $($source.SourceId); TableId = `$_ } } | Remove-MmsDataSource -WhatIf -Verbose @Conn"
        ([regex]::Matches($text, 'What if:')).Count | Should -Be 1
        $text | Should -Match "Data source $($source.SourceId) was given again in this call; it is handled once\."
        $rows | Remove-MmsDataSource -Confirm:$false @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err | Should -BeNullOrEmpty
        (Get-Stat).byAction.DeleteMmsDataSource | Should -Be 1
    }

    It 'reports an unknown data source in place' {
        Remove-MmsDataSource -SourceId 1234, 2000099 -Confirm:$false @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be 'MmsDataSourceNotFound,MmsPowerShell.Commands.RemoveMmsDataSourceCommand'
        $err[0].TargetObject.SourceId | Should -Be 1234
    }
}

Describe 'Set-MmsDataSource' {
    It 'tests the connection of a piped data source and writes the finished test' {
        Get-Stat | Out-Null
        $test = Get-MmsDataSource -SourceId 2000028 @Conn | Set-MmsDataSource -Test -PollIntervalSec 0.1 @Conn
        $test | Should -BeOfType ([MmsPowerShell.Core.Models.MmsAsyncTask])
        $test.Status | Should -Be 'DONE'
        $test.Type | Should -Be 'TEST_DATASOURCE'
        (Get-Stat).byAction.UpdateMmsDataSource | Should -Be 1
        $text = $test | Out-String -Width 80
        ($text -split "`n" | Measure-Object -Property Length -Maximum).Maximum | Should -BeLessOrEqual 80
        $text | Should -Match 'TEST_DATASOURCE\s+DONE'
        $test.Result | Should -Match '^connection test passed'
        $text | Should -Match 'connection test passed' -Because 'the view shows the result when there is no error'
    }

    It 'tests a source once when its tables are piped in' {
        Get-Stat | Out-Null
        $test = Get-MmsTable -SourceId 2000028 -DbName sales @Conn | Set-MmsDataSource -Test -PollIntervalSec 0.1 @Conn
        @($test).Count | Should -Be 1
        (Get-Stat).byAction.UpdateMmsDataSource | Should -Be 1
    }

    It 'reports a failed test as an error with the service message; nothing is saved' {
        $bad = @{ 'hive.metastore.urls' = 'thrift://bad.example:9083' }
        Set-MmsDataSource -SourceId 2000028 -Config $bad -Test -PollIntervalSec 0.1 @Conn -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -Be 'MmsDataSourceTestFailed,MmsPowerShell.Commands.SetMmsDataSourceCommand'
        $err[0].CategoryInfo.Category | Should -Be 'InvalidResult'
        $err[0].Exception.Message | Should -Match 'UnknownHostException'
        $err[0].TargetObject.SourceId | Should -Be 2000028
        { Set-MmsDataSource -SourceId 2000028 -Config $bad -Test -PollIntervalSec 0.1 -ErrorAction Stop @Conn } |
            Should -Throw -ErrorId 'MmsDataSourceTestFailed,MmsPowerShell.Commands.SetMmsDataSourceCommand'
    }

    It 'masks a secret the failed test quotes' {
        $secretHost = 'bad.example-' + $Secret
        $config = @{ 'hive.jdbc.password' = (ConvertTo-SecureString $secretHost -AsPlainText -Force) }
        Set-MmsDataSource -SourceId 2000028 -Type HIVE -Config $config -Test -PollIntervalSec 0.1 @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'MmsDataSourceTestFailed,MmsPowerShell.Commands.SetMmsDataSourceCommand'
        ($err | Out-String) + $err[0].Exception.Message | Should -Not -Match $Secret
    }

    It 'renames a data source and reads it back' {
        $source = New-MmsDataSource -Name before -Type HIVE -Config $HiveConfig @Conn
        ($source | Set-MmsDataSource -NewName after -PassThru -PollIntervalSec 0.1 @Conn).Name | Should -Be 'after'
        (Get-MmsDataSource -SourceId $source.SourceId @Conn).Name | Should -Be 'after'
    }

    It 'checks -Config against the items of the source type before sending, and -WhatIf sends nothing' {
        Get-Stat | Out-Null
        Set-MmsDataSource -SourceId 2000028 -Config @{ 'hive.unknown' = 1 } @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -Be 'MmsDataSourceConfigKeyUnknown,MmsPowerShell.Commands.SetMmsDataSourceCommand'
        (Get-Stat).byAction.UpdateMmsDataSource | Should -BeNullOrEmpty
        Invoke-Hostless { param($conn) Set-MmsDataSource -SourceId 2000028 -NewName whatever -Test -WhatIf @conn } -ArgumentList $Conn | Should -BeNullOrEmpty
        (Get-Stat).requests | Should -Be 0
        { Set-MmsDataSource -SourceId 2000028 @Conn } | Should -Throw -ErrorId 'MmsNothingToChange,MmsPowerShell.Commands.SetMmsDataSourceCommand'
    }
}
