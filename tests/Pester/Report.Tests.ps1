# Export-MmsMigrationReport: -Path handling (Out-File conventions, nothing half-written), the three inputs (a run
# piped in, a ledger, the service), UTF-8 names, an empty run, a 100,000-table run, hostile text, ConvertTo-Json of a
# run, and the page in a real headless browser (text, no script, no request, screenshots at desktop and phone width).
BeforeAll {
    . $PSScriptRoot/Common.ps1
    . $PSScriptRoot/ReportBrowser.ps1
    $script:Suffix = ',MmsPowerShell.Commands.ExportMmsMigrationReportCommand'
    $script:Hostile = '<script>document.title="PWNED"</script><img src=x onerror="document.body.setAttribute(''data-pwned'',''1'')">'

    function New-List([type] $Type, $Items) {
        $list = [Collections.Generic.List[object]]::new()
        foreach ($item in @($Items)) { if ($null -ne $item) { $list.Add($item) } }
        ([type]"MmsPowerShell.Core.Models.MmsList[$($Type.FullName)]")::new(($list -as ($Type.MakeArrayType())))
    }

    # A run built in memory: $Databases databases of $JobsPerDb jobs of $TablesPerJob tables; every fifth job failed
    # with $FailedPerJob failed tables (the first one's log line is $Message), the others done or running.
    function New-TestRun {
        param([string[]] $Databases = @('sales', 'finance', '中文库'), [int] $JobsPerDb = 2, [int] $TablesPerJob = 10,
            [int] $FailedPerJob = 2, [string] $Message = 'ODPS-0130071: column amount: type mismatch', [string] $State = 'Running')
        $start = [DateTimeOffset]::new(2026, 12, 6, 1, 0, 0, [TimeSpan]::Zero)
        $jobs = [Collections.Generic.List[MmsPowerShell.Core.Models.MmsMigrationRunJob]]::new()
        $failed = [Collections.Generic.List[MmsPowerShell.Core.Models.MmsMigrationFailedTable]]::new()
        $n = 0; $task = 9000
        foreach ($db in $Databases) {
            for ($k = 1; $k -le $JobsPerDb; $k++) {
                $n++
                $status = if ($n % 5 -eq 0) { 'FAILED' } elseif ($n % 3 -eq 0) { 'DOING' } else { 'DONE' }
                $job = [MmsPowerShell.Core.Models.MmsMigrationRunJob]@{
                    JobId = 100 + $n; Name = 'nightly-{0}-{1:000}' -f $db, $k; DbName = $db; DestinationProject = "mc_$db"
                    Status = $status; Attempts = $(if ($status -eq 'FAILED') { 3 } else { 1 }); TaskNum = $TablesPerJob
                    TaskDone = $(switch ($status) { 'DONE' { $TablesPerJob } 'DOING' { [int]($TablesPerJob / 2) } default { $TablesPerJob - $FailedPerJob } })
                    Bytes = 1GB * $k; StartTime = $start.AddMinutes($n)
                }
                $job.Tables = New-List ([string]) ([Linq.Enumerable]::Range(1, $TablesPerJob) | ForEach-Object { "t_$_" })
                if ($status -ne 'DOING') { $job.EndTime = $start.AddMinutes($n + 30) }
                $jobs.Add($job)
                if ($status -eq 'FAILED') {
                    for ($f = 1; $f -le $FailedPerJob; $f++) {
                        $failed.Add([MmsPowerShell.Core.Models.MmsMigrationFailedTable]@{
                            SourceId = 2000028; DbName = $db; TableName = "orders_$f"; JobId = $job.JobId; TaskId = ++$task
                            Status = 'DATA_FAILED'; Message = $Message })
                    }
                }
            }
        }
        $run = [MmsPowerShell.Core.Models.MmsMigrationRun]@{ Name = 'nightly'; SourceId = 2000028; StartTime = $start; State = $State }
        $run.Jobs = New-List ([MmsPowerShell.Core.Models.MmsMigrationRunJob]) $jobs
        $run.FailedTables = New-List ([MmsPowerShell.Core.Models.MmsMigrationFailedTable]) $failed
        $run.TablesPlanned = $jobs.Count * $TablesPerJob
        $run.TablesDone = ($jobs | Measure-Object TaskDone -Sum).Sum
        $run.TablesFailed = $failed.Count
        $run.BytesPlanned = ($jobs | Measure-Object Bytes -Sum).Sum
        $run.BytesDone = [long]($run.BytesPlanned / 2)
        $run.Settings = New-List ([MmsPowerShell.Core.Models.MmsMigrationSetting]) @(
            [MmsPowerShell.Core.Models.MmsMigrationSetting]::new('TablesPerJob', "$TablesPerJob"),
            [MmsPowerShell.Core.Models.MmsMigrationSetting]::new('MaxRunningJobs', '4'))
        if ($State -ne 'Running') { $run.EndTime = $start.AddHours(5) }
        $run
    }

    function New-TestFolder { (New-Item -ItemType Directory -Path (Join-Path $TestDrive ([guid]::NewGuid().ToString('N')))).FullName }
}

Describe 'Export-MmsMigrationReport -Path' {
    BeforeAll { $script:Run = New-TestRun }

    It 'writes one UTF-8 HTML page (no BOM) and -PassThru gives its FileInfo' {
        $folder = New-TestFolder
        $file = $Run | Export-MmsMigrationReport -Path (Join-Path $folder 'r.html') -PassThru
        $file | Should -BeOfType ([IO.FileInfo])
        $file.FullName | Should -Be (Join-Path $folder 'r.html')
        $bytes = [IO.File]::ReadAllBytes($file.FullName)
        $bytes[0..2] | Should -Not -Be @(0xEF, 0xBB, 0xBF)
        [Text.Encoding]::UTF8.GetString($bytes) | Should -Match '^<!DOCTYPE html>'
        @(Get-ChildItem $folder -Force).Name | Should -Be @('r.html') -Because 'no temporary file is left behind'
    }

    It 'writes nothing and returns nothing without -PassThru' {
        $folder = New-TestFolder
        $out = $Run | Export-MmsMigrationReport -Path (Join-Path $folder 'r.html')
        $out | Should -BeNullOrEmpty
        Join-Path $folder 'r.html' | Should -Exist
    }

    It 'resolves a relative path against the PowerShell location' {
        $folder = New-TestFolder
        Push-Location $folder
        try { $Run | Export-MmsMigrationReport -Path ./rel.html }
        finally { Pop-Location }
        Join-Path $folder 'rel.html' | Should -Exist
    }

    It 'replaces an existing file by default' {
        $path = Join-Path (New-TestFolder) 'r.html'
        Set-Content -Path $path -Value 'old'
        $Run | Export-MmsMigrationReport -Path $path
        Get-Content $path -Raw | Should -Match '<!DOCTYPE html>'
    }

    It '-NoClobber leaves an existing file alone with MmsReportFileExists' {
        $path = Join-Path (New-TestFolder) 'r.html'
        Set-Content -Path $path -Value 'old'
        { $Run | Export-MmsMigrationReport -Path $path -NoClobber -ErrorAction Stop } | Should -Throw -ErrorId "MmsReportFileExists$Suffix"
        Get-Content $path | Should -Be 'old'
    }

    It 'a read-only file needs -Force (MmsReportFileReadOnly without it)' {
        $path = Join-Path (New-TestFolder) 'r.html'
        Set-Content -Path $path -Value 'old'
        Set-ItemProperty -Path $path -Name IsReadOnly -Value $true
        { $Run | Export-MmsMigrationReport -Path $path -ErrorAction Stop } | Should -Throw -ErrorId "MmsReportFileReadOnly$Suffix"
        Get-Content $path | Should -Be 'old'
        $Run | Export-MmsMigrationReport -Path $path -Force
        Get-Content $path -Raw | Should -Match '<!DOCTYPE html>'
    }

    It 'a folder that does not exist is MmsReportFolderNotFound and creates nothing' {
        $folder = New-TestFolder
        $path = Join-Path $folder 'missing/r.html'
        $err = { $Run | Export-MmsMigrationReport -Path $path -ErrorAction Stop } | Should -Throw -ErrorId "MmsReportFolderNotFound$Suffix" -PassThru
        $err.Exception.Message | Should -Match 'does not exist'
        $err.CategoryInfo.Category | Should -Be 'ObjectNotFound'
        Join-Path $folder 'missing' | Should -Not -Exist
    }

    It '-WhatIf writes nothing' {
        $folder = New-TestFolder
        $path = Join-Path $folder 'r.html'
        $errors = Invoke-Hostless { param($run, $path) $run | Export-MmsMigrationReport -Path $path -WhatIf } -ArgumentList $Run, $path
        $errors | Where-Object { $_ -is [Management.Automation.ErrorRecord] } | Should -BeNullOrEmpty
        @(Get-ChildItem $folder -Force).Count | Should -Be 0
    }

    It 'a second run piped in is an error and does not replace the first' {
        $path = Join-Path (New-TestFolder) 'r.html'
        $other = New-TestRun -Databases 'other_db'
        $other.Name = 'second'
        $Run, $other | Export-MmsMigrationReport -Path $path -ErrorVariable err -ErrorAction SilentlyContinue
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -Be "MmsUnsupportedInput$Suffix"
        Get-Content $path -Raw | Should -Match 'nightly' -Because 'the first run is the report'
        Get-Content $path -Raw | Should -Not -Match 'other_db'
    }
}

Describe 'The report''s content' {
    It 'UTF-8 names (中文表, emoji) are written as they are' {
        $run = New-TestRun -Databases '中文库', 'emoji_🚀' -JobsPerDb 3
        $run.FailedTables[0].DbName | Should -Be 'emoji_🚀'
        $run.FailedTables[0].TableName = '中文表'
        $run.FailedTables[0].Message = '失败: 🚀 列类型不匹配'
        $path = Join-Path (New-TestFolder) 'utf8.html'
        $run | Export-MmsMigrationReport -Path $path
        $text = [IO.File]::ReadAllText($path, [Text.UTF8Encoding]::new($false, $true))
        $text | Should -Match '中文库'
        $text | Should -Match 'emoji_🚀'
        $text | Should -Match 'emoji_🚀\.中文表'
        $text | Should -Match '失败: 🚀 列类型不匹配'
        $text | Should -Match '<meta charset="utf-8">'
    }

    It 'an empty run says so instead of drawing empty charts' {
        $run = [MmsPowerShell.Core.Models.MmsMigrationRun]@{ Name = 'empty'; SourceId = 2000028 }
        $path = Join-Path (New-TestFolder) 'empty.html'
        $run | Export-MmsMigrationReport -Path $path
        $text = Get-Content $path -Raw
        $text | Should -Match 'The run has no jobs yet'
        $text | Should -Match 'No job has been planned'
        $text | Should -Match 'No table has failed'
        $text | Should -Match 'not started yet'
    }

    It 'hostile text from the service stays text (encoded once, no markup of its own)' {
        $run = New-TestRun -Message $Hostile
        $run.Jobs[0].Name = '<b>bold</b>'
        $run.Settings = New-List ([MmsPowerShell.Core.Models.MmsMigrationSetting]) @([MmsPowerShell.Core.Models.MmsMigrationSetting]::new('DbName', '"><script>x</script>'))
        $path = Join-Path (New-TestFolder) 'hostile.html'
        $run | Export-MmsMigrationReport -Path $path
        $text = Get-Content $path -Raw
        $text | Should -Not -Match '<script|<img|<b>'
        $text | Should -Match ([regex]::Escape('&lt;script&gt;document.title=&quot;PWNED&quot;&lt;/script&gt;&lt;img src=x onerror='))
        $text | Should -Match ([regex]::Escape('&lt;b&gt;bold&lt;/b&gt;'))
        $text | Should -Not -Match '&amp;lt;' -Because 'text is encoded once, not twice'
    }

    It 'fetches nothing: a CSP forbidding scripts and remote loads, and no URL in the page' {
        $path = Join-Path (New-TestFolder) 'r.html'
        New-TestRun | Export-MmsMigrationReport -Path $path
        $text = Get-Content $path -Raw
        $text | Should -Match '<meta http-equiv="Content-Security-Policy" content="default-src ''none''; style-src ''sha256-[A-Za-z0-9+/=]+''; base-uri ''none''; form-action ''none''">'
        $text | Should -Not -Match 'https?://|url\(|@import|<link|<script'
    }

    It 'holds at 100,000 tables: long lists summarised, the full list behind <details>' {
        $run = New-TestRun -Databases ([Linq.Enumerable]::Range(1, 40) | ForEach-Object { "db_$_" }) -JobsPerDb 25 -TablesPerJob 100 -FailedPerJob 5
        $run.TablesPlanned | Should -Be 100000
        $path = Join-Path (New-TestFolder) 'big.html'
        $run | Export-MmsMigrationReport -Path $path
        $file = Get-Item $path
        Write-Information "Report of a 100,000-table run (1,000 jobs, 40 databases, $($run.FailedTables.Count) failed tables): $($file.Length) bytes" -InformationAction Continue
        $file.Length | Should -BeLessThan 3MB
        $text = Get-Content $path -Raw
        # Contains, not -Match: a failed match would print the whole page.
        foreach ($part in '<summary>All 1,000 jobs</summary>', ('<summary>All {0:N0} failed tables</summary>' -f $run.FailedTables.Count),
            '<summary>All 40 databases</summary>', 'done of 100,000 planned') {
            $text.Contains($part) | Should -BeTrue -Because "the page should hold '$part'"
        }
        # The visible jobs table holds at most 50 rows: the rest is behind the fold.
        $beforeFold = $text.Substring(0, $text.IndexOf('<summary>All 1,000 jobs'))
        $jobsShown = $beforeFold.Substring($beforeFold.IndexOf('<h2>Jobs'))
        ([regex]::Matches($jobsShown, '<tr><td class="name">')).Count | Should -BeLessOrEqual 50
    }
}

Describe 'ConvertTo-Json of a run' {
    It 'reads well: no .NET type names, statuses as words, times in ISO 8601' {
        $json = New-TestRun | ConvertTo-Json -Depth 5
        $json | Should -Not -Match 'MmsPowerShell\.|System\.|Collections'
        $json | Should -Match '"State": "Running"'
        $json | Should -Match '"Status": "FAILED"'
        $json | Should -Match '"StartTime": "2026-12-06T01:00:00\+00:00"'
        $json | Should -Match '"Name": "TablesPerJob",\s+"Value": "10"'
        $back = $json | ConvertFrom-Json
        $back.Jobs.Count | Should -Be 6
        $back.Jobs[0].Tables[0] | Should -Be 't_1'
        $back.FailedTables[0].TaskId | Should -BeGreaterThan 0
    }
}

Describe 'Export-MmsMigrationReport -StatePath' {
    It 'draws the run its ledger holds' {
        $folder = New-TestFolder
        $ledger = Join-Path $folder 'nightly.mmsmigration.json'
        [MmsPowerShell.Core.Migration.MmsMigrationLedger]::new((New-TestRun)).Save($ledger)
        Export-MmsMigrationReport -StatePath $ledger -Path (Join-Path $folder 'r.html')
        $text = Get-Content (Join-Path $folder 'r.html') -Raw
        $text | Should -Match 'nightly-sales-001'
        $text | Should -Match '中文库'
    }

    It 'a missing ledger is MmsMigrationLedgerNotFound; a file that is not one is MmsMigrationLedgerUnreadable; neither writes a report' {
        $folder = New-TestFolder
        { Export-MmsMigrationReport -StatePath (Join-Path $folder 'none.json') -Path (Join-Path $folder 'r.html') -ErrorAction Stop } |
            Should -Throw -ErrorId "MmsMigrationLedgerNotFound$Suffix"
        Set-Content (Join-Path $folder 'bad.json') 'this is not JSON'
        { Export-MmsMigrationReport -StatePath (Join-Path $folder 'bad.json') -Path (Join-Path $folder 'r.html') -ErrorAction Stop } |
            Should -Throw -ErrorId "MmsMigrationLedgerUnreadable$Suffix"
        Join-Path $folder 'r.html' | Should -Not -Exist
    }
}

Describe 'Export-MmsMigrationReport -SourceId' {
    BeforeAll {
        Start-TestEmulator -JobStepMs 30 -AsyncTaskMs 60 | Out-Null
        foreach ($db in 'sales', 'logs') {
            New-MmsJob -SourceId 2000028 -Name "rpt-$db-001" -DbName $db -DestinationProject "mc_$db" @Conn |
                Start-MmsJob -PassThru @Conn | Wait-MmsJob -PollIntervalSec 0.1 @Conn -ErrorAction SilentlyContinue | Out-Null
        }
        New-MmsJob -SourceId 2000028 -Name 'other-sales-001' -DbName sales -DestinationProject mc_sales @Conn | Out-Null
    }
    AfterAll { $Emulator | Stop-MmsEmulator }

    It '-Name: only that run''s jobs, read from the service' {
        $path = Join-Path (New-TestFolder) 'live.html'
        Export-MmsMigrationReport -SourceId 2000028 -Name rpt -Path $path @Conn -ErrorAction Stop
        $text = Get-Content $path -Raw
        $text | Should -Match 'rpt-sales-001'
        $text | Should -Match 'rpt-logs-001'
        $text | Should -Match 'sales → mc_sales'
        $text | Should -Not -Match 'other-sales-001'
    }

    It 'without -Name: every job of the data source' {
        $path = Join-Path (New-TestFolder) 'all.html'
        Export-MmsMigrationReport -SourceId 2000028 -Path $path @Conn -ErrorAction Stop
        $text = Get-Content $path -Raw
        $text | Should -Match 'All jobs of data source 2000028'
        $text | Should -Match 'other-sales-001'
        $text | Should -Match 'rpt-logs-001'
    }

    It '-WhatIf sends no request and writes nothing' {
        $folder = New-TestFolder
        Get-MmsEmulatorStat -Emulator $Emulator -Reset | Out-Null
        $null = Invoke-Hostless { param($conn, $path) Export-MmsMigrationReport -SourceId 2000028 -Name rpt -Path $path @conn -WhatIf } -ArgumentList $Conn, (Join-Path $folder 'r.html')
        (Get-MmsEmulatorStat -Emulator $Emulator -Reset).requests | Should -Be 0
        @(Get-ChildItem $folder -Force).Count | Should -Be 0
    }
}

Describe 'The report in a real browser' {
    BeforeAll {
        $script:Browser = Find-ReportBrowser
        $script:Folder = New-TestFolder
        $script:Run = New-TestRun -Databases 'sales', 'finance', 'marketing' -JobsPerDb 3 -Message $Hostile
        $script:Page = Join-Path $Folder 'report.html'
        $Run | Export-MmsMigrationReport -Path $Page
        $script:Dom = Get-BrowserDom $Page
    }

    It 'renders every database, the counts, the failed table and its log line' {
        foreach ($db in 'sales', 'finance', 'marketing') { $Dom | Should -Match ">$db<" }
        $Dom | Should -Match ([regex]::Escape(">$('{0:N0}' -f $Run.TablesDone)</div>"))
        $Dom | Should -Match ([regex]::Escape("done of $($Run.TablesPlanned) planned"))
        $Dom | Should -Match ([regex]::Escape("$($Run.TablesFailed) failed"))
        $failed = $Run.FailedTables[0]
        $Dom | Should -Match ([regex]::Escape("$($failed.DbName).$($failed.TableName)"))
        $Dom | Should -Match ([regex]::Escape("Restart-MmsTask -SourceId 2000028 -TaskId $($failed.TaskId)"))
    }

    It 'hostile text in a task log stays text: no script ran, no element was injected' {
        $Dom | Should -Match ([regex]::Escape('&lt;script&gt;document.title="PWNED"&lt;/script&gt;&lt;img src=x onerror='))
        $Dom -match '<script|<img' | Should -BeFalse -Because 'no element was injected'
        $Dom -match '<body[^>]*data-pwned' | Should -BeFalse -Because 'the onerror handler never ran'
        $Dom -match '<body>' | Should -BeTrue
        $Dom -match '<title>Migration report: nightly</title>' | Should -BeTrue -Because 'the injected script never set the title'
    }

    It 'makes no request: nothing but the file itself is loaded' {
        Get-BrowserRequest $Page | Should -BeNullOrEmpty
    }

    It 'a page that does fetch is caught (the request check can fail)' {
        $leaky = Join-Path $Folder 'leaky.html'
        Set-Content $leaky '<!DOCTYPE html><html><head><link rel="stylesheet" href="https://cdn.invalid/x.css"></head><body><img src="http://img.invalid/a.png"></body></html>'
        Get-BrowserRequest $leaky | Should -Be @('http://img.invalid/a.png', 'https://cdn.invalid/x.css')
    }

    It 'a screenshot at <Name> width is not blank' -ForEach @(
        @{ Name = 'desktop'; Width = 1280; Height = 1800 }
        @{ Name = 'phone'; Width = 390; Height = 2400 }
    ) {
        $png = Save-BrowserScreenshot $Page (Join-Path $Folder "$Name.png") $Width $Height
        $png.Length | Should -BeGreaterThan 20KB
        $picture = Measure-PngInk $png.FullName
        $picture.Width | Should -Be $Width
        $picture.Ink | Should -BeGreaterThan 0.01 -Because 'a blank page filters to almost all zeros'
    }

    It 'prints on A4 pages' {
        $pages = Get-BrowserPrintPage $Page (Join-Path $Folder 'report.pdf')
        $pages.Count | Should -BeGreaterThan 0
        foreach ($page in $pages) {
            # A4 is 210 mm x 297 mm = 595.3 x 841.9 points.
            $page.Width | Should -BeGreaterThan 594 -Because 'the page is A4'
            $page.Width | Should -BeLessThan 596.5
            $page.Height | Should -BeGreaterThan 841 -Because 'the page is A4'
            $page.Height | Should -BeLessThan 843
        }
    }

    It 'a blank page does score as blank (the ink measure can fail)' {
        $blank = Join-Path $Folder 'blank.html'
        Set-Content $blank '<!DOCTYPE html><html><body style="background:#fff"></body></html>'
        $picture = Measure-PngInk (Save-BrowserScreenshot $blank (Join-Path $Folder 'blank.png') 390 800).FullName
        $picture.Ink | Should -BeLessThan 0.01
    }
}

Describe 'Invoke-MmsMigration to report, end to end' {
    BeforeAll {
        Start-TestEmulator -JobStepMs 20 -AsyncTaskMs 40 | Out-Null
        $script:Folder = New-TestFolder
        $script:State = Join-Path $Folder 'e2e.mmsmigration.json'
        # retail holds a table that fails on every attempt (a Hive uniontype column); one attempt keeps the run short.
        $script:Run = Invoke-MmsMigration -SourceId 2000060 -Name e2e -DbName retail -TablesPerJob 100 -MaxAttempts 1 -PollIntervalSec 0.05 `
            -StatePath $State @Conn -ErrorAction SilentlyContinue
    }
    AfterAll { $Emulator | Stop-MmsEmulator }

    It 'the run ended with the always-failing table among its failed tables' {
        $Run.State | Should -Be 'Failed'
        $Run.FailedTables.TableName | Should -Contain 'ods_legacy_events'
    }

    It 'piped, from the ledger and from the service, the page shows the failed table, its log line and its retry command' -ForEach @(
        @{ Source = 'pipeline' }, @{ Source = 'ledger' }, @{ Source = 'service' }
    ) {
        $path = Join-Path $Folder "$Source.html"
        switch ($Source) {
            'pipeline' { $Run | Export-MmsMigrationReport -Path $path }
            'ledger' { Export-MmsMigrationReport -StatePath $State -Path $path }
            'service' { Export-MmsMigrationReport -SourceId 2000060 -Name e2e -Path $path @Conn -ErrorAction Stop }
        }
        $text = Get-Content $path -Raw
        $failed = $Run.FailedTables | Where-Object TableName -EQ 'ods_legacy_events'
        $text.Contains('retail.ods_legacy_events') | Should -BeTrue
        $text.Contains('uniontype') | Should -BeTrue -Because 'the last log line of the failed task says why'
        $text.Contains("Restart-MmsTask -SourceId 2000060 -TaskId $($failed.TaskId)") | Should -BeTrue
        foreach ($job in $Run.Jobs) { $text.Contains($job.Name) | Should -BeTrue -Because "job $($job.Name) is listed" }
    }

    It 'the live report reads in the browser: the database, the counts and the failed table' {
        $dom = Get-BrowserDom (Join-Path $Folder 'service.html')
        $dom | Should -Match '>retail<'
        $dom | Should -Match ([regex]::Escape("done of $('{0:N0}' -f $Run.TablesPlanned) planned"))
        $dom | Should -Match 'retail\.ods_legacy_events'
    }
}
