BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator | Out-Null
    $script:ErrorIdSuffix = ',MmsPowerShell.Commands.GetMmsTableColumnCommand'
}

AfterAll {
    $Emulator | Stop-MmsEmulator
}

Describe 'Get-MmsTableColumn' {
    It 'takes MmsTable objects from the pipeline and emits every column, partition keys marked' {
        $columns = Get-MmsTable -SourceId 2000028 -TableId 22 @Conn | Get-MmsTableColumn
        $columns | Should -BeOfType ([MmsPowerShell.Core.Models.MmsTableColumn])
        $columns.Name | Should -Be @('user_id', 'p1')
        $columns.IsPartitionKey | Should -Be @($false, $true)
        $columns.Position | Should -Be @(1, 2)
        $columns[0].Type | Should -Be 'bigint'
        $columns[0].Comment | Should -Be 'user id'
        $columns[0].DefaultValue | Should -Be '10'
        $columns[0].Nullable | Should -BeFalse
        foreach ($column in $columns) {
            $column.SourceId | Should -Be 2000028
            $column.TableId | Should -Be 22
            $column.DbName | Should -Be 'mms_test'
            $column.TableName | Should -Be 'test'
        }
    }

    It 'does not call the service for piped objects' {
        $table = Get-MmsTable -SourceId 2000028 -TableId 22 @Conn
        # A dead endpoint proves the objects' own schema is used.
        ($table | Get-MmsTableColumn -Endpoint 'http://127.0.0.1:9' -Credential $Emulator.Credential).Count | Should -Be 2
    }

    It 'fetches by ids' {
        $columns = Get-MmsTableColumn -SourceId 2000028 -TableId 22 @Conn
        $columns.Name | Should -Be @('user_id', 'p1')
    }

    It 'works across several tables, grouped per table in order' {
        $columns = Get-MmsTable -SourceId 2000028 -TableId 1, 22 @Conn | Get-MmsTableColumn
        ($columns | Select-Object -ExpandProperty TableId -Unique) | Should -Be @(1, 22)
        ($columns | Where-Object TableId -EQ 22).Name | Should -Be @('user_id', 'p1')
    }

    It 'filters partition keys with -PartitionKey and -ExcludePartitionKey' {
        $table = Get-MmsTable -SourceId 2000028 -TableId 22 @Conn
        ($table | Get-MmsTableColumn -PartitionKey).Name | Should -Be @('p1')
        ($table | Get-MmsTableColumn -ExcludePartitionKey).Name | Should -Be @('user_id')
    }

    It 'refuses -PartitionKey with -ExcludePartitionKey' {
        { Get-MmsTable -SourceId 2000028 -TableId 22 @Conn | Get-MmsTableColumn -PartitionKey -ExcludePartitionKey } |
            Should -Throw -ErrorId "MmsConflictingColumnFilter$ErrorIdSuffix"
    }

    It 'filters names with wildcards, case-insensitively' {
        $table = Get-MmsTable -SourceId 2000028 -TableId 22 @Conn
        ($table | Get-MmsTableColumn -Name 'USER*').Name | Should -Be @('user_id')
        ($table | Get-MmsTableColumn -Name 'p?', 'user_id').Name | Should -Be @('user_id', 'p1')
        $table | Get-MmsTableColumn -Name 'nothing*' | Should -BeNullOrEmpty
    }

    It 'works with Where-Object downstream' {
        $keys = Get-MmsTable -SourceId 2000028 -TableId 22 @Conn | Get-MmsTableColumn | Where-Object IsPartitionKey
        $keys.Name | Should -Be 'p1'
    }

    It 'reports an unknown table by id as a non-terminating error and goes on' {
        $columns = Get-MmsTableColumn -SourceId 2000028 -TableId 999999, 22 @Conn -ErrorVariable err -ErrorAction SilentlyContinue
        $columns.TableId | Select-Object -Unique | Should -Be 22
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be "MmsTableNotFound$ErrorIdSuffix"
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'has a table view grouped by table' {
        $text = Get-MmsTable -SourceId 2000028 -TableId 22 @Conn | Get-MmsTableColumn | Out-String -Width 200
        $text | Should -Match 'Table: mms_test\.test \(source 2000028, table 22\)'
        $text | Should -Match '(?m)^\s*1 user_id\s+bigint\s+False\s+user id'
        $text | Should -Match '(?m)^\s*2 p1\s+string\s+False\s+yes\s+first partition level'
    }
}
