BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator | Out-Null
    $script:ErrorIdSuffix = ',MmsPowerShell.Commands.GetMmsTableCommand'
}

AfterAll {
    $Emulator | Stop-MmsEmulator
}

Describe 'Get-MmsTable against the emulator' {
    Context 'the reference example table' {
        BeforeAll {
            $script:Table = Get-MmsTable -SourceId 2000028 -TableId 22 @Conn
        }

        It 'returns one typed MmsTable' {
            @($Table).Count | Should -Be 1
            $Table | Should -BeOfType ([MmsPowerShell.Core.Models.MmsTable])
        }

        It 'carries every field of the reference, cleaned and typed' {
            $Table.TableId | Should -Be 22
            $Table.SourceId | Should -Be 2000028
            $Table.SourceName | Should -Be 'demo'
            $Table.DbId | Should -Be 3
            $Table.DbName | Should -Be 'mms_test'
            $Table.Name | Should -Be 'test'
            $Table.Status | Should -Be 'DONE'
            $Table.Type | Should -Be 'MANAGED_TABLED'
            $Table.HasPartitions | Should -BeTrue
            $Table.PartitionCount | Should -Be 100
            $Table.PartitionsDone | Should -Be 80
            $Table.PartitionsDoing | Should -Be 20
            $Table.PartitionsFailed | Should -Be 0
            $Table.Size | Should -Be 23232
            $Table.Size | Should -BeOfType ([long])
            $Table.NumRows | Should -Be 233232
            $Table.Owner | Should -BeExactly 'Hive'
            $Table.InputFormat | Should -BeExactly 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat'
            $Table.LastDdlTime | Should -Be ([datetime]'2024-12-17 15:44:42')
            $Table.LastDdlTimeText | Should -BeExactly '2024-12-17 15:44:42'
            $Table.Extra['field.delim'] | Should -BeExactly '|'
            $Table.RequestId | Should -BeExactly 'E7FB14F1-4ACD-5C73-A755-B302D70AB9AD'
            $Table.Columns.Name | Should -Be @('user_id')
            $Table.PartitionKeys.Name | Should -Be @('p1')
        }

        It 'has no string property with surrounding whitespace' {
            foreach ($property in $Table.PSObject.Properties | Where-Object { $_.Value -is [string] }) {
                $property.Value | Should -BeExactly $property.Value.Trim() -Because $property.Name
            }
        }

        It 'filters with Where-Object on the enum by its service name' {
            @($Table | Where-Object Status -EQ 'DONE').Count | Should -Be 1
            @($Table | Where-Object Status -EQ 'PART_DONE').Count | Should -Be 0
        }
    }

    It 'returns several ids in input order' {
        $tables = Get-MmsTable -SourceId 2000028 -TableId 3, 1, 22, 2 @Conn
        $tables.TableId | Should -Be @(3, 1, 22, 2)
        $tables | ForEach-Object { $_.SourceId | Should -Be 2000028 }
    }

    It 'refreshes objects piped back in' {
        $first = Get-MmsTable -SourceId 2000028 -TableId 1, 22 @Conn
        $again = $first | Get-MmsTable @Conn
        $again.TableId | Should -Be @(1, 22)
        $again[0] | Should -Not -BeExactly $first[0]
        $again[1].Name | Should -Be 'test'
    }

    It 'takes ids from a CSV file' {
        $csv = Join-Path $TestDrive 'ids.csv'
        "SourceId,TableId`n2000028,22`n2000028,1" | Set-Content $csv
        $tables = Import-Csv $csv | Get-MmsTable @Conn
        $tables.TableId | Should -Be @(22, 1)
    }

    Context 'bad input' {
        It 'rejects a negative id on the command line, naming the value' {
            { Get-MmsTable -SourceId 2000028 -TableId -5 @Conn } |
                Should -Throw -ErrorId 'MmsInvalidInputId,MmsPowerShell.Commands.GetMmsTableCommand' -ExpectedMessage "TableId '-5' is not an id*"
        }

        It 'rejects a non-numeric id on the command line, naming the value' {
            { Get-MmsTable -SourceId 2000028 -TableId 'abc' @Conn } |
                Should -Throw -ErrorId 'MmsInvalidInputId,MmsPowerShell.Commands.GetMmsTableCommand' -ExpectedMessage "TableId 'abc' is not an id*"
        }

        It 'reports a bad CSV row per item and keeps going' {
            $rows = @(
                [pscustomobject]@{ SourceId = '2000028'; TableId = '1' }
                [pscustomobject]@{ SourceId = '2000028'; TableId = 'abc' }
                [pscustomobject]@{ SourceId = '2000028'; TableId = '-4' }
                [pscustomobject]@{ SourceId = '2000028'; TableId = '22' }
            )
            $tables = $rows | Get-MmsTable @Conn -ErrorVariable bad -ErrorAction SilentlyContinue
            $tables.TableId | Should -Be @(1, 22)
            $bad.Count | Should -Be 2
            $bad.FullyQualifiedErrorId | Should -Be @("MmsInvalidInputId$ErrorIdSuffix", "MmsInvalidInputId$ErrorIdSuffix")
            $bad[0].Exception.Message | Should -BeLike "Input row 2: TableId 'abc' is not an id*"
            $bad[1].Exception.Message | Should -BeLike "Input row 3: TableId '-4' is not an id*"
            $bad[0].TargetObject | Should -Be 'abc'
        }

        It 'writes a bad row''s error after the output of the rows before it' {
            $rows = "SourceId,TableId`n2000028,1`n2000028,abc`n2000028,22" | ConvertFrom-Csv
            $stream = $rows | Get-MmsTable @Conn 2>&1
            $stream.Count | Should -Be 3
            $stream[0].TableId | Should -Be 1
            $stream[1] | Should -BeOfType ([System.Management.Automation.ErrorRecord])
            $stream[1].Exception.Message | Should -BeLike "Input row 2: TableId 'abc'*"
            $stream[2].TableId | Should -Be 22
        }
    }

    Context 'API errors' {
        It 'reports an unknown table as a non-terminating ObjectNotFound error with the ids as target' {
            $result = Get-MmsTable -SourceId 2000028 -TableId 999999 @Conn -ErrorVariable err -ErrorAction SilentlyContinue
            $result | Should -BeNullOrEmpty
            $err.Count | Should -Be 1
            $err[0].FullyQualifiedErrorId | Should -Be "MmsTableNotFound$ErrorIdSuffix"
            $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $err[0].TargetObject.SourceId | Should -Be 2000028
            $err[0].TargetObject.TableId | Should -Be 999999
            $err[0].Exception.RequestId | Should -Not -BeNullOrEmpty
            $err[0].ToString() | Should -Match ([regex]::Escape($err[0].Exception.RequestId))
        }

        It 'throws MmsTableNotFound with -ErrorAction Stop' {
            { Get-MmsTable -SourceId 2000028 -TableId 999999 @Conn -ErrorAction Stop } |
                Should -Throw -ErrorId "MmsTableNotFound$ErrorIdSuffix"
        }

        It 'keeps the rest of a pipeline when one id in the middle fails, in order' {
            $ids = 1, 2, 999999, 3, 22
            $tables = $ids | ForEach-Object { [pscustomobject]@{ SourceId = 2000028; TableId = $_ } } |
                Get-MmsTable @Conn -ErrorVariable err -ErrorAction SilentlyContinue
            $tables.TableId | Should -Be @(1, 2, 3, 22)
            $err.Count | Should -Be 1
            $err[0].TargetObject.TableId | Should -Be 999999
        }

        It 'lets failed ids be retried from the error target' {
            Get-MmsTable -SourceId 2000028 -TableId 999998, 22 @Conn -ErrorVariable err -ErrorAction SilentlyContinue | Out-Null
            $retry = $err.TargetObject | Get-MmsTable @Conn -ErrorAction SilentlyContinue -ErrorVariable again
            $again.Count | Should -Be 1
            $again[0].TargetObject.TableId | Should -Be 999998
        }

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

    Context 'connection set-up' {
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
    }

    Context 'formatted output' {
        BeforeAll {
            $script:Tables = Get-MmsTable -SourceId 2000028 -TableId 1, 2, 3, 22 @Conn
        }

        It 'has a table view that fits 80 columns' {
            $text = $Tables | Format-Table | Out-String -Width 200
            $lines = $text -split "`r?`n" | Where-Object { $_.Trim() }
            $lines[0] | Should -Match '^\s*SourceId\s+TableId\s+Table\s+Status\s+Parts\s+Failed\s+Size\s*$'
            $lines | ForEach-Object { $_.TrimEnd().Length | Should -BeLessOrEqual 80 -Because $_ }
            $text | Should -Match '\b22 mms_test\.test\s+DONE\s+80/100\s+0\s+22\.7 KB'
        }

        It 'has a list view with everything' {
            $text = $Tables | Where-Object TableId -EQ 22 | Format-List | Out-String -Width 120
            foreach ($label in 'Table', 'TableId', 'SourceName', 'Status', 'Partitions', 'Columns', 'PartitionKeys', 'Size', 'NumRows',
                'LastDdlTime', 'Owner', 'Location', 'InputFormat', 'OutputFormat', 'Serde', 'Extra', 'RequestId') {
                $text | Should -Match "(?m)^$label\s*:" -Because "the list view shows $label"
            }
            $text | Should -Match 'Partitions\s*: 100 total: 80 done, 20 doing, 0 failed'
            $text | Should -Match 'Columns\s*: user_id bigint'
            $text | Should -Match 'Size\s*: 22\.7 KB \(23,232 bytes\)'
        }

        It 'shows every property with Format-List *' {
            $text = $Tables[0] | Format-List * | Out-String
            foreach ($name in 'SourceId', 'TableId', 'DestinationProject', 'PartitionCount', 'MetadataUpdated', 'ExtraText') {
                $text | Should -Match "(?m)^$name\s*:"
            }
        }
    }
}
