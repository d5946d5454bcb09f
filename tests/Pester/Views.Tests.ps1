# The default views: every label they show is a property of the type they show (so what is seen can be
# selected, filtered and sorted by that name), and they read at 80 columns against the emulator.
BeforeDiscovery {
    $root = Split-Path (Split-Path $PSScriptRoot)
    $script:Views = foreach ($file in Get-ChildItem (Join-Path $root 'module') -Filter '*.Format.ps1xml') {
        foreach ($view in ([xml](Get-Content $file.FullName -Raw)).Configuration.ViewDefinitions.View) {
            $labels = [System.Collections.Generic.List[string]]::new()
            $group = $view.GroupBy
            if ($group) { $labels.Add($(if ($group.Label) { $group.Label } else { $group.PropertyName })) }
            if ($view.TableControl) {
                $headers = @($view.TableControl.TableHeaders.TableColumnHeader)
                $items = @($view.TableControl.TableRowEntries.TableRowEntry.TableColumnItems.TableColumnItem)
                for ($i = 0; $i -lt $headers.Count; $i++) {
                    $labels.Add($(if ($headers[$i].Label) { $headers[$i].Label } else { $items[$i].PropertyName }))
                }
            }
            if ($view.ListControl) {
                foreach ($item in @($view.ListControl.ListEntries.ListEntry.ListItems.ListItem)) {
                    $labels.Add($(if ($item.Label) { $item.Label } else { $item.PropertyName }))
                }
            }
            $kind = if ($view.TableControl) { 'table' } elseif ($view.ListControl) { 'list' } else { 'custom' }
            @{ File = $file.Name; Type = $view.ViewSelectedBy.TypeName; Kind = $kind; Labels = @($labels) }
        }
    }
}

BeforeAll {
    . $PSScriptRoot/Common.ps1
    Start-TestEmulator | Out-Null

    # Text of objects as an 80-column terminal shows them, split into lines without trailing blanks.
    function Get-Lines80 { param([Parameter(ValueFromPipeline)] $InputObject) end { ($input | Out-String -Width 80) -split "`r?`n" | ForEach-Object TrimEnd } }
}

AfterAll {
    $Emulator | Stop-MmsEmulator
}

Describe 'View labels' {
    It 'finds the views' {
        $Views.Count | Should -BeGreaterThan 10
    }

    It '<Type> <Kind> view (<File>): every label is a property' -ForEach $Views {
        $type = $Type -as [type]
        $type | Should -Not -BeNullOrEmpty -Because "$Type must be a type the module loads"
        $properties = $type.GetProperties().Name
        foreach ($label in $Labels) {
            $properties | Should -Contain $label -Because "the $Kind view of $Type shows '$label', so `Select-Object $label` must work"
        }
    }

    It 'selects what the table list view shows by the names it shows' {
        $text = Get-MmsTable -SourceId 2000028 -TableId 4 @Conn | Format-List Table, Destination, Partitions | Get-Lines80
        $text | Should -Contain 'Table       : logs.access_log'
        $text | Should -Contain 'Destination : mma_logs.default.access_log'
        $text | Should -Contain 'Partitions  : 720 total: 500 done, 0 doing, 220 failed'
        (Get-MmsTable -SourceId 2000028 -TableId 4 @Conn | Select-Object Failed, Parts | ConvertTo-Csv | ConvertFrom-Csv).Failed | Should -Be '220'
    }
}

Describe 'Views at 80 columns' {
    It 'lists tables across sources with a source column, whole ids and failed partitions' {
        $lines = Get-MmsDataSource @Conn | Get-MmsTable -Status FAILED @Conn | Get-Lines80
        ($lines | Measure-Object -Property Length -Maximum).Maximum | Should -BeLessOrEqual 80
        $lines[1] | Should -Match '^SourceId\s+TableId\s+Table\s+Status\s+Parts\s+Failed\s+Size$'
        $lines | Should -Contain ($lines | Where-Object { $_ -match '^\s*2000028\s+4 logs\.access_log\s+FAILED\s+500/720\s+220\s+1 TB$' })
        @($lines -match '^\s*2000045\s+203 archive\.events_2019').Count | Should -Be 1
        @($lines -match '^\s*2000031\s+').Count | Should -Be 2 -Because 'each source''s rows name it'
    }

    It 'gives a task log message the width: the YARN error reads in a few full lines' {
        $lines = Get-MmsTaskLog -SourceId 2000028 -TaskId 1002 @Conn | Get-Lines80
        ($lines | Measure-Object -Property Length -Maximum).Maximum | Should -BeLessOrEqual 80
        $start = [array]::IndexOf($lines, ($lines -match '^\S.*DATA_FAILED\s+copy data$')[0])
        $start | Should -BeGreaterThan 0
        $message = @($lines[($start + 1)..($lines.Count - 1)] | Where-Object { $_ -match '^    \S' })
        $message.Count | Should -BeLessOrEqual 5 -Because 'the message gets the whole width, not a 23-character column'
        ($message | Measure-Object -Property Length -Maximum).Maximum | Should -BeGreaterThan 60
        ($message -join ' ') -replace '\s+', ' ' | Should -Match 'Container killed by YARN for exceeding memory limits'
    }

    It 'shows job names, projects, timer names and scan ids whole' {
        $job = New-MmsJob -SourceId 2000028 -Name 'sales_full_reload_night' -DbName sales -Table customers -DestinationProject 'dw_warehouse_prod' @Conn
        try {
            $lines = $job | Get-Lines80
            ($lines | Measure-Object -Property Length -Maximum).Maximum | Should -BeLessOrEqual 80
            $lines -join "`n" | Should -Match 'sales_full_reload_night'
            $lines -join "`n" | Should -Match 'sales -> dw_warehouse_prod'
        }
        finally { $job | Remove-MmsJob -Confirm:$false @Conn }

        $timer = New-MmsTimer -SourceId 2000028 -Name 'sales_nightly_incremental' -DbName sales -Daily 02:00 @Conn
        try {
            $lines = $timer | Get-Lines80
            ($lines | Measure-Object -Property Length -Maximum).Maximum | Should -BeLessOrEqual 80
            $lines -join "`n" | Should -Match 'sales_nightly_incremental'
        }
        finally { $timer | Remove-MmsTimer -Confirm:$false @Conn }

        $lines = Get-MmsDataSource -SourceId 2000028 @Conn | Get-MmsMetadataScan @Conn | Get-Lines80
        $lines -join "`n" | Should -Match '(?m)^\s*20000280\s+2000028\s+SCAN_DONE' -Because 'a scan id never wraps into what reads as a source id'
    }

    It 'keeps every table view within 80 columns' {
        $samples = @(
            Get-MmsDataSource @Conn
            Get-MmsDatabase -SourceId 2000028 @Conn
            Get-MmsJob -SourceId 2000028 @Conn
            Get-MmsTask -SourceId 2000028 -JobId 102 @Conn
            Get-MmsTablePartition -SourceId 2000028 -TableId 4 -First 3 @Conn
            Get-MmsDataSourceConfigItem -Type HIVE @Conn
            Get-MmsTable -SourceId 2000028 -TableId 22 @Conn | Get-MmsTableColumn
        )
        foreach ($group in $samples | Group-Object { $_.GetType().Name }) {
            $lines = $group.Group | Get-Lines80
            ($lines | Measure-Object -Property Length -Maximum).Maximum | Should -BeLessOrEqual 80 -Because "$($group.Name) fits"
        }
    }
}
