# The default table views at 80 columns with large counts and long ids: nothing an 80-column reader needs is cut.
# Objects are read from the emulator, then given larger counts and longer names than its demo data has (a job of
# 100 or 1000 tasks, a table of 20000 partitions, a source of 15000 tables) through their property setters, so the
# views are rendered with the sizes a real warehouse has. An 80-column terminal gives a table 79 characters (the
# console host keeps the last column free), so views are rendered with Out-String -Width 79, whatever the host's width.
BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator | Out-Null

    # Sets read-only model properties of a copy of an object read from the emulator (views are all this file tests).
    function Set-ModelValue($Object, [hashtable] $Values) {
        $type = $Object.GetType()
        foreach ($name in $Values.Keys) {
            $property = $type.GetProperty($name)
            $property.GetSetMethod($true) | Should -Not -BeNullOrEmpty -Because "$($type.Name).$name is a stored property"
            $property.SetValue($Object, $Values[$name])
        }
        $Object
    }

    function Get-TerminalLines { param([Parameter(ValueFromPipeline)] $InputObject) end { ($input | Out-String -Width 79) -split "`r?`n" | ForEach-Object TrimEnd } }
}

AfterAll { $Emulator | Stop-MmsEmulator }

Describe 'Table views in an 80-column terminal' {
    It '<Type> (<File>): its fixed columns and the spaces between them fit in 79 characters' -ForEach @(
        foreach ($file in Get-ChildItem (Join-Path (Split-Path (Split-Path $PSScriptRoot)) 'module') -Filter '*.Format.ps1xml') {
            foreach ($view in ([xml](Get-Content $file.FullName -Raw)).Configuration.ViewDefinitions.View | Where-Object TableControl) {
                $headers = @($view.TableControl.TableHeaders.TableColumnHeader)
                @{ File = $file.Name; Type = $view.ViewSelectedBy.TypeName.Split('.')[-1]
                   Width = ($headers | ForEach-Object { [int]$_.Width } | Measure-Object -Sum).Sum + $headers.Count - 1
                   Open = @($headers | Where-Object { -not $_.Width }).Count }
            }
        }) {
        # A last column without a width takes what is left: at least 10 characters of it.
        $Width | Should -BeLessOrEqual $(if ($Open) { 69 } else { 79 })
    }
}

Describe 'Views at 80 columns with large counts' {
    It 'shows a job''s tasks whole next to its state: 72/100 and 1000/1000, with the whole name and route' {
        $doing = Set-ModelValue (Get-MmsJob -SourceId 2000028 -JobId 101 @Conn) @{
            JobId = [long]123456; Name = 'sales_full_reload_night'; Status = 'DOING'; TaskNum = 100; TaskDone = 72; DstDbName = 'dw_warehouse_prod' }
        $done = Set-ModelValue (Get-MmsJob -SourceId 2000028 -JobId 101 @Conn) @{ TaskNum = 1000; TaskDone = 1000; DstDbName = 'mma_sales' }
        $lines = $doing, $done | Get-TerminalLines
        ($lines | Measure-Object -Property Length -Maximum).Maximum | Should -BeLessOrEqual 79
        $lines | Where-Object { $_ } | Select-Object -First 1 | Should -Match '^\s*JobId\s+Name\s+State\s+Tasks\s+Route$'
        @($lines -match '^123456 sales_full_reload_night DOING\s+72/100 sales -> dw_warehouse_prod$').Count | Should -Be 1
        @($lines -match '^\s+101 sales_orders_full\s+DONE\s+1000/1000 sales -> mma_sales$').Count | Should -Be 1
        $lines -join "`n" | Should -Not -Match '…' -Because 'nothing is cut'
        $doing.Progress | Should -Be '72/100 (72%)' -Because 'the percentage stays on the object and in the list view'
        ($doing | Format-List | Out-String -Width 80) | Should -Match 'Progress\s+: 72/100 \(72%\)'
    }

    It 'shows a table''s partitions whole up to 20000/20000' {
        $table = Set-ModelValue (Get-MmsTable -SourceId 2000028 -TableId 4 @Conn) @{ PartitionCount = 20000; PartitionsDone = 15000; PartitionsFailed = 5000 }
        $lines = $table | Get-TerminalLines
        ($lines | Measure-Object -Property Length -Maximum).Maximum | Should -BeLessOrEqual 79
        @($lines -match '^\s*2000028\s+4 logs\.access_log\s+FAILED\s+15000/20000\s+5000\s+1 TB$').Count | Should -Be 1
    }

    It 'shows the tables of a database and of a data source whole up to 15000/15000' {
        $database = Set-ModelValue (Get-MmsDatabase -SourceId 2000028 -DbId 4 @Conn) @{ TableCount = 15000; TablesDone = 12000 }
        $lines = $database | Get-TerminalLines
        ($lines | Measure-Object -Property Length -Maximum).Maximum | Should -BeLessOrEqual 79
        ($lines -join "`n") | Should -Match '\s12000/15000\s'
        $source = Set-ModelValue (Get-MmsDataSource -SourceId 2000028 @Conn) @{ TableCount = 15000; TablesDone = 12000 }
        $lines = $source | Get-TerminalLines
        ($lines | Measure-Object -Property Length -Maximum).Maximum | Should -BeLessOrEqual 79
        ($lines -join "`n") | Should -Match '\s12000/15000\s'
        ($lines -join "`n") | Should -Not -Match '…'
        $offline = Set-ModelValue (Get-MmsDataSource -SourceId 2000028 @Conn) @{ AgentOnline = $false; TableCount = 15000; TablesDone = 15000 }
        ($offline | Get-TerminalLines) -join "`n" | Should -Match '(?m)\s15000/15000\s+1 offline$'
    }
}
