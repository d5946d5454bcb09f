# Starts the emulator (a separate .NET process on 127.0.0.1) and talks to its control API.
# Written for Windows PowerShell 5.1 as well as PowerShell 7: no ?: or ?? operators.

$script:Started = New-Object System.Collections.Generic.List[System.Diagnostics.Process]

# The emulator's demo key pairs. They are not secrets: they only open the local emulator.
$script:DemoKeys = @{
    AccessKeyId        = 'MmsEmulatorAccessKeyId'
    AccessKeySecret    = 'MmsEmulatorAccessKeySecret'
    StsAccessKeyId     = 'STS.MmsEmulatorStsKeyId'
    StsAccessKeySecret = 'MmsEmulatorStsKeySecret'
    SecurityToken      = 'MmsEmulatorSecurityToken'
}

function New-DemoCredential([string] $Id, [string] $Secret) {
    New-Object System.Management.Automation.PSCredential($Id, (ConvertTo-SecureString -String $Secret -AsPlainText -Force))
}

function Start-MmsEmulator {
    <#
    .SYNOPSIS
        Starts the local MMA emulator on 127.0.0.1 and returns how to reach it.
    .DESCRIPTION
        The emulator is a real HTTP server that serves the MMA operations (read side, jobs, tasks, timers, scans,
        data sources) for a demo data set, checks ACS3-HMAC-SHA256 signatures against its own key pair and answers
        unknown ids with the service's not-found error. docs/emulator.md describes what it serves.
        It stops when this PowerShell session ends, or with Stop-MmsEmulator.
    .PARAMETER Port
        TCP port on 127.0.0.1; 0 (the default) picks a free one.
    .PARAMETER LatencyMs
        Milliseconds added to every API answer, to imitate a distant service.
    .PARAMETER ClockSkewSeconds
        Shifts the emulator's clock, so that this machine's clock looks wrong to it (over 900 seconds is rejected).
    .PARAMETER JobStepMs
        Milliseconds one migration task step takes (INIT to SCHEMA_DOING, and so on). Change it later with Set-MmsEmulatorSetting.
    .PARAMETER AsyncTaskMs
        Milliseconds an asynchronous task (CreateMmsJob, a data source test) runs before it ends.
    .PARAMETER ScanMs
        Milliseconds a metadata scan stays SCAN_DOING.
    .PARAMETER Path
        Folder holding MmsPowerShell.Emulator.dll; defaults to the bin folder next to this module.
    .OUTPUTS
        An MmsEmulator object: Endpoint, Port, ProcessId, Credential, StsCredential, SecurityToken.
    .EXAMPLE
        $emu = Start-MmsEmulator
        Get-MmsTable -SourceId 2000028 -TableId 22 -Endpoint $emu.Endpoint -Credential $emu.Credential

        Starts the emulator and reads the API reference's example table from it.
    .EXAMPLE
        $emu = Start-MmsEmulator -LatencyMs 50
        Measure-Command { 1..100 | ForEach-Object { [pscustomobject]@{ SourceId = 9000001; TableId = $_ } } | Get-MmsTable -Endpoint $emu.Endpoint -Credential $emu.Credential }

        Imitates a 50 ms round trip; source 9000001 has a table for every id from 1 to 1,000,000.
    #>
    [CmdletBinding(SupportsShouldProcess)]
    [OutputType('MmsEmulator')]
    param(
        [ValidateRange(0, 65535)] [int] $Port = 0,
        [ValidateRange(0, 600000)] [int] $LatencyMs = 0,
        [int] $ClockSkewSeconds = 0,
        [ValidateRange(1, 600000)] [int] $JobStepMs = 100,
        [ValidateRange(1, 600000)] [int] $AsyncTaskMs = 300,
        [ValidateRange(1, 600000)] [int] $ScanMs = 300,
        [string] $Path = (Join-Path $PSScriptRoot 'bin')
    )
    $dll = Join-Path $Path 'MmsPowerShell.Emulator.dll'
    if (-not (Test-Path $dll)) {
        $exception = New-Object System.IO.FileNotFoundException("The emulator is not built: $dll is missing. Run ./build.ps1 first.", $dll)
        $PSCmdlet.ThrowTerminatingError((New-Object System.Management.Automation.ErrorRecord($exception, 'MmsEmulatorNotBuilt', 'ObjectNotFound', $dll)))
    }
    # Starting a server process is the state change; -WhatIf stops here.
    if (-not $PSCmdlet.ShouldProcess("127.0.0.1:$Port", 'Start the MMA emulator')) { return }
    $start = New-Object System.Diagnostics.ProcessStartInfo
    $start.FileName = 'dotnet'
    $start.Arguments = '"{0}" --port {1} --latency-ms {2} --clock-skew-seconds {3} --parent-pid {4} --job-step-ms {5} --async-task-ms {6} --scan-ms {7}' -f `
        $dll, $Port, $LatencyMs, $ClockSkewSeconds, $PID, $JobStepMs, $AsyncTaskMs, $ScanMs
    $start.UseShellExecute = $false
    $start.RedirectStandardOutput = $true
    $start.RedirectStandardError = $true
    $start.CreateNoWindow = $true
    # No diagnostics IPC (the dotnet-diagnostic-* sockets and files in the temp folder, left behind when the
    # process is killed): the emulator is a test server, nobody attaches a debugger or tracer to it.
    $start.EnvironmentVariables['DOTNET_EnableDiagnostics'] = '0'
    $process = [System.Diagnostics.Process]::Start($start)
    $stderr = $process.StandardError.ReadToEndAsync()
    $line = $process.StandardOutput.ReadLineAsync()
    if (-not $line.Wait(30000) -or $null -eq $line.Result -or $line.Result -notmatch 'listening on (http://\S+)') {
        if (-not $process.HasExited) { $process.Kill() }
        $process.WaitForExit(5000) | Out-Null
        $details = if ($stderr.Wait(1000)) { $stderr.Result.Trim() } else { '' }
        $exception = New-Object System.InvalidOperationException("The emulator did not start within 30 s. $details")
        $PSCmdlet.ThrowTerminatingError((New-Object System.Management.Automation.ErrorRecord($exception, 'MmsEmulatorStartFailed', 'ResourceUnavailable', $dll)))
    }
    $endpoint = $Matches[1]
    $script:Started.Add($process)
    Write-Verbose "MMA emulator (process $($process.Id)) listening on $endpoint"
    [pscustomobject]@{
        PSTypeName    = 'MmsEmulator'
        Endpoint      = $endpoint
        Port          = ([uri]$endpoint).Port
        ProcessId     = $process.Id
        Credential    = New-DemoCredential $DemoKeys.AccessKeyId $DemoKeys.AccessKeySecret
        StsCredential = New-DemoCredential $DemoKeys.StsAccessKeyId $DemoKeys.StsAccessKeySecret
        SecurityToken = $DemoKeys.SecurityToken
    }
}

function Stop-MmsEmulator {
    <#
    .SYNOPSIS
        Stops emulators started with Start-MmsEmulator.
    .PARAMETER Emulator
        The emulator to stop (from Start-MmsEmulator or the pipeline); without it, every emulator this session started.
    .EXAMPLE
        $emu | Stop-MmsEmulator
    .EXAMPLE
        Stop-MmsEmulator

        Stops every emulator started in this session.
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(ValueFromPipeline)] [psobject] $Emulator
    )
    process {
        $targets = if ($Emulator) { @($script:Started | Where-Object Id -EQ $Emulator.ProcessId) } else { @($script:Started) }
        foreach ($process in $targets) {
            if ($PSCmdlet.ShouldProcess("MMA emulator process $($process.Id)", 'Stop')) {
                if (-not $process.HasExited) { $process.Kill() }
                $process.WaitForExit(10000) | Out-Null
                $script:Started.Remove($process) | Out-Null
                $process.Dispose()
            }
        }
    }
}

function Set-MmsEmulatorFault {
    <#
    .SYNOPSIS
        Makes the emulator answer matching requests with a fault.
    .DESCRIPTION
        Kinds: error (gateway error with -Status and -Code), html (a proxy's HTML page), truncated (JSON cut
        in half), nulldata ("data": null), wrongtypes (JSON of the wrong types), hostile (terminal escape
        sequences and control characters in every text of a GetMmsTable answer), hostileerror (the same in an
        error body), wrongid (an answer about the next table id), bom (a byte order mark before the JSON),
        errorin200 (a gateway error body with HTTP 200), unknowncounts (Hive's -1 for numRows and size), smallpages
        (ListMmsTables caps pages at 25 items), delay (-DelayMs, then the
        normal answer), reset (connection dropped), hang (never answers), largebody (a 20 MB answer),
        samepage (list operations answer page 1 whatever page is asked for), lostanswer (the request takes
        effect, then the connection drops before the answer: a client must not resend a create), failedafter,
        garbledafter and nodataafter (the request takes effect, then the answer is an error with -Status and
        -Code, a cut-off 200 body, or a 200 without data), echobody (a 400 whose message quotes the request
        body, secrets included), jobstate (GetMmsJob and ListMmsJobs report the status -Code, e.g. PAUSED), field (the real
        answer with -Field set to -Value: a listing's total, or a field of the object or of every -Every-th item), donewitherror
        (a finished GetMmsAsyncTask answer that names its object says DONE with -Message as its error), jobfail
        (not a request fault: migration tasks matching -SourceId, -JobId and -TableId fail at their data step).
        Request faults apply after the signature check; the first matching fault with hits left wins.
    .PARAMETER Action
        Only requests for this operation, e.g. CreateMmsJob or GetMmsJob.
    .PARAMETER TableId
        Only requests whose second path id (table, partition, db, job, task, timer, scan, async task) is this.
        For jobfail: only tasks migrating this table.
    .PARAMETER JobId
        For jobfail: only tasks of this job.
    .PARAMETER Times
        How many requests (for jobfail: task failures) the fault hits; 0, the default, means every one.
    .PARAMETER Skip
        How many matching requests pass untouched before the fault starts to hit, e.g. 1: the second ListMmsJobs fails, not the first.
    .PARAMETER Field
        For field: the answer field to rewrite (total, taskDone, status, name, id, taskId, ...).
    .PARAMETER Value
        For field: the value to write, as JSON text: '-3', '""', 'null', '5'.
    .PARAMETER Every
        For field on a list: rewrites every n-th item from the first (1, the default: every item).
    .PARAMETER PassThru
        Returns the fault as the emulator stored it (with its id); without it, nothing is written.
    .EXAMPLE
        Set-MmsEmulatorFault -Emulator $emu -Kind error -Status 503 -Code ServiceUnavailable -Times 2

        The next two requests fail with 503, then the service recovers.
    .EXAMPLE
        Set-MmsEmulatorFault -Emulator $emu -Kind error -Status 429 -Code Throttling.User -RetryAfterMs 1500 -TableId 7

        Table 7 is throttled with a Retry-After of 1.5 s, every time.
    .EXAMPLE
        Set-MmsEmulatorFault -Emulator $emu -Kind lostanswer -Action CreateMmsJob -Times 1

        The next CreateMmsJob creates its job, but the client never hears back.
    .EXAMPLE
        Set-MmsEmulatorFault -Emulator $emu -Kind failedafter -Status 504 -Code GatewayTimeout -Action CreateMmsTimer -Times 1

        The next CreateMmsTimer creates its timer, then answers 504.
    .EXAMPLE
        Set-MmsEmulatorFault -Emulator $emu -Kind field -Action ListMmsJobs -Field total -Value 5

        Job listings say there are 5 jobs, whatever their pages hold.
    .EXAMPLE
        Set-MmsEmulatorFault -Emulator $emu -Kind jobfail -SourceId 2000028 -JobId 104 -Times 1

        One task of job 104 fails at its data step; a retry succeeds.
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)] [psobject] $Emulator,
        [Parameter(Mandatory)] [ValidateSet('error', 'html', 'truncated', 'nulldata', 'wrongtypes', 'hostile', 'hostileerror', 'wrongid', 'bom', 'errorin200', 'unknowncounts', 'smallpages', 'delay', 'reset', 'hang', 'largebody', 'samepage', 'lostanswer', 'failedafter', 'garbledafter', 'nodataafter', 'echobody', 'jobstate', 'donewitherror', 'field', 'jobfail')] [string] $Kind,
        [string] $Action,
        [int] $Status = 503,
        [string] $Code = 'ServiceUnavailable',
        [string] $Message = 'The request has failed due to a temporary failure of the server.',
        [long] $SourceId,
        [long] $TableId,
        [long] $TableIdModulo,
        [long] $JobId,
        [ValidateRange(0, [int]::MaxValue)] [int] $Times = 0,
        [ValidateRange(0, [int]::MaxValue)] [int] $Skip = 0,
        [int] $DelayMs = 0,
        [int] $RetryAfterMs = -1,
        [string] $Field,
        [string] $Value = 'null',
        [ValidateRange(1, [int]::MaxValue)] [int] $Every = 1,
        [switch] $PassThru
    )
    $fault = @{ kind = $Kind; status = $Status; code = $Code; message = $Message; times = $Times; skip = $Skip; delayMs = $DelayMs }
    if ($PSBoundParameters.ContainsKey('SourceId')) { $fault.sourceId = $SourceId }
    if ($PSBoundParameters.ContainsKey('TableId')) { $fault.tableId = $TableId }
    if ($PSBoundParameters.ContainsKey('TableIdModulo')) { $fault.tableIdModulo = $TableIdModulo }
    if ($PSBoundParameters.ContainsKey('JobId')) { $fault.jobId = $JobId }
    if ($Action) { $fault.action = $Action }
    if ($Field) { $fault.field = $Field; $fault.value = $Value; $fault.every = $Every }
    if ($RetryAfterMs -ge 0) { $fault.retryAfterMs = $RetryAfterMs }
    if ($PSCmdlet.ShouldProcess($Emulator.Endpoint, "Inject fault '$Kind'")) {
        $stored = Invoke-RestMethod -Method Post -Uri "$($Emulator.Endpoint)/_emulator/faults" -ContentType 'application/json' -Body ($fault | ConvertTo-Json)
        if ($PassThru) { $stored }
    }
}

function Clear-MmsEmulatorFault {
    <#
    .SYNOPSIS
        Removes every fault from the emulator.
    .EXAMPLE
        Clear-MmsEmulatorFault -Emulator $emu
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param([Parameter(Mandatory, ValueFromPipeline)] [psobject] $Emulator)
    process {
        if ($PSCmdlet.ShouldProcess($Emulator.Endpoint, 'Clear faults')) {
            Invoke-RestMethod -Method Delete -Uri "$($Emulator.Endpoint)/_emulator/faults" | Out-Null
        }
    }
}

function Get-MmsEmulatorStat {
    <#
    .SYNOPSIS
        Returns how many API requests the emulator received: requests, maxInFlight, byPath, byAction
        (by operation name, e.g. byAction.CreateMmsJob) and createsByJobName (CreateMmsJob requests by the
        job name in their body, whatever became of them).
    .PARAMETER Reset
        Sets the counters back to zero after reading them.
    .EXAMPLE
        (Get-MmsEmulatorStat -Emulator $emu).requests
    .EXAMPLE
        (Get-MmsEmulatorStat -Emulator $emu).byAction.CreateMmsJob

        How many CreateMmsJob requests arrived (nothing when none did).
    .EXAMPLE
        (Get-MmsEmulatorStat -Emulator $emu).createsByJobName.'run-retail-001'

        How many creates were sent for the job named run-retail-001: a client that never resends a create sends 1.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)] [psobject] $Emulator,
        [switch] $Reset
    )
    process {
        Invoke-RestMethod -Uri "$($Emulator.Endpoint)/_emulator/stats"
        if ($Reset) { Invoke-RestMethod -Method Post -Uri "$($Emulator.Endpoint)/_emulator/stats/reset" | Out-Null }
    }
}

function Get-MmsEmulatorSetting {
    <#
    .SYNOPSIS
        Returns the emulator's timing settings: jobStepMs, asyncTaskMs, scanMs.
    .EXAMPLE
        (Get-MmsEmulatorSetting -Emulator $emu).jobStepMs
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory, ValueFromPipeline)] [psobject] $Emulator)
    process {
        Invoke-RestMethod -Uri "$($Emulator.Endpoint)/_emulator/settings"
    }
}

function Set-MmsEmulatorSetting {
    <#
    .SYNOPSIS
        Changes the emulator's timings while it runs; returns the settings now in force.
    .PARAMETER JobStepMs
        Milliseconds one migration task step takes. Applies from each running job's next tick.
    .PARAMETER AsyncTaskMs
        Milliseconds an asynchronous task started from now on runs.
    .PARAMETER ScanMs
        Milliseconds a metadata scan started from now on stays SCAN_DOING.
    .EXAMPLE
        Set-MmsEmulatorSetting -Emulator $emu -JobStepMs 50

        Migrations move one step every 50 ms.
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory, ValueFromPipeline)] [psobject] $Emulator,
        [ValidateRange(1, 600000)] [int] $JobStepMs,
        [ValidateRange(1, 600000)] [int] $AsyncTaskMs,
        [ValidateRange(1, 600000)] [int] $ScanMs
    )
    process {
        $settings = @{}
        foreach ($name in 'JobStepMs', 'AsyncTaskMs', 'ScanMs') {
            if ($PSBoundParameters.ContainsKey($name)) { $settings[$name.Substring(0, 1).ToLowerInvariant() + $name.Substring(1)] = $PSBoundParameters[$name] }
        }
        if ($PSCmdlet.ShouldProcess($Emulator.Endpoint, "Change settings $($settings.Keys -join ', ')")) {
            Invoke-RestMethod -Method Post -Uri "$($Emulator.Endpoint)/_emulator/settings" -ContentType 'application/json' -Body ($settings | ConvertTo-Json)
        }
    }
}

function Get-HexSha256([byte[]] $Bytes) {
    $sha = [System.Security.Cryptography.SHA256]::Create()
    try { ([System.BitConverter]::ToString($sha.ComputeHash($Bytes)) -replace '-', '').ToLowerInvariant() } finally { $sha.Dispose() }
}

function ConvertTo-Rfc3986([string] $Text) {
    # EscapeDataString leaves !'()* alone; the signature encodes them.
    $escaped = [uri]::EscapeDataString($Text)
    foreach ($c in '!', "'", '(', ')', '*') { $escaped = $escaped.Replace($c, '%' + ([int][char]$c).ToString('X2')) }
    $escaped
}

function Invoke-MmsEmulatorRequest {
    <#
    .SYNOPSIS
        Sends one signed MMA API request to the emulator and returns the parsed answer, whatever its status.
    .DESCRIPTION
        Signs with ACS3-HMAC-SHA256 and the emulator's demo key pair, independently of MmsPowerShell, so tests can
        drive operations that have no cmdlet yet, or send exactly the request they want. A body is sent as given
        (JSON text) with content-type application/json; charset=utf-8, hashed over its UTF-8 bytes; without -Body
        nothing is sent and no content-type either, as the SDK does for Start/Stop/Retry/Delete.
        Returns StatusCode, Body (parsed JSON, or null), Content (raw text) and RequestId.
    .PARAMETER Method
        GET, POST, PUT or DELETE.
    .PARAMETER Path
        The path, e.g. /api/v1/mms/datasources/2000028/jobs.
    .PARAMETER Action
        The operation name sent as x-acs-action, e.g. CreateMmsJob.
    .PARAMETER Query
        Query parameters (values are sent as text; booleans should be given as 'true'/'false').
    .PARAMETER Body
        JSON text to send as the body.
    .EXAMPLE
        $r = Invoke-MmsEmulatorRequest -Emulator $emu -Method POST -Path /api/v1/mms/datasources/2000028/jobs -Action CreateMmsJob -Body '{"name":"j1","srcDbName":"sales","tables":["orders"]}'
        $r.Body.data.asyncTaskId
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)] [psobject] $Emulator,
        [Parameter(Mandatory)] [ValidateSet('GET', 'POST', 'PUT', 'DELETE')] [string] $Method,
        [Parameter(Mandatory)] [string] $Path,
        [Parameter(Mandatory)] [string] $Action,
        [hashtable] $Query = @{},
        [string] $Body
    )
    $names = @($Query.Keys | ForEach-Object { [string] $_ } | Sort-Object -CaseSensitive)
    $canonicalQuery = ($names | ForEach-Object { (ConvertTo-Rfc3986 $_) + '=' + (ConvertTo-Rfc3986 ([string] $Query[$_])) }) -join '&'
    $bytes = if ($PSBoundParameters.ContainsKey('Body')) { [System.Text.Encoding]::UTF8.GetBytes($Body) } else { New-Object byte[] 0 }
    $uri = [uri] $Emulator.Endpoint
    $headers = [ordered]@{
        'host'                  = $uri.Authority
        'x-acs-action'          = $Action
        'x-acs-content-sha256'  = Get-HexSha256 $bytes
        'x-acs-date'            = [DateTime]::UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", [Globalization.CultureInfo]::InvariantCulture)
        'x-acs-signature-nonce' = [guid]::NewGuid().ToString('N')
        'x-acs-version'         = '2022-01-04'
    }
    if ($bytes.Length -gt 0) { $headers['content-type'] = 'application/json; charset=utf-8' }
    $signed = @($headers.Keys | Sort-Object -CaseSensitive)
    $canonical = $Method + "`n" + $Path + "`n" + $canonicalQuery + "`n" +
        (($signed | ForEach-Object { $_ + ':' + $headers[$_] + "`n" }) -join '') + "`n" + ($signed -join ';') + "`n" + $headers['x-acs-content-sha256']
    $toSign = "ACS3-HMAC-SHA256`n" + (Get-HexSha256 ([System.Text.Encoding]::UTF8.GetBytes($canonical)))
    $hmac = New-Object System.Security.Cryptography.HMACSHA256 (, [System.Text.Encoding]::UTF8.GetBytes($DemoKeys.AccessKeySecret))
    try { $signature = ([System.BitConverter]::ToString($hmac.ComputeHash([System.Text.Encoding]::UTF8.GetBytes($toSign))) -replace '-', '').ToLowerInvariant() }
    finally { $hmac.Dispose() }

    if (-not $PSCmdlet.ShouldProcess("$Method $Path", "Send $Action")) { return }
    $client = New-Object System.Net.Http.HttpClient
    try {
        $target = $Emulator.Endpoint.TrimEnd('/') + $Path + $(if ($canonicalQuery) { '?' + $canonicalQuery } else { '' })
        $request = New-Object System.Net.Http.HttpRequestMessage ([System.Net.Http.HttpMethod]::new($Method)), $target
        foreach ($name in $headers.Keys) {
            if ($name -ne 'host' -and $name -ne 'content-type') { $request.Headers.TryAddWithoutValidation($name, $headers[$name]) | Out-Null }
        }
        $request.Headers.TryAddWithoutValidation('Authorization', "ACS3-HMAC-SHA256 Credential=$($DemoKeys.AccessKeyId),SignedHeaders=$($signed -join ';'),Signature=$signature") | Out-Null
        if ($bytes.Length -gt 0) {
            $request.Content = New-Object System.Net.Http.ByteArrayContent (, $bytes)
            $request.Content.Headers.TryAddWithoutValidation('Content-Type', $headers['content-type']) | Out-Null
        }
        $response = $client.SendAsync($request).GetAwaiter().GetResult()
        $content = $response.Content.ReadAsStringAsync().GetAwaiter().GetResult()
        $parsed = $null
        if ($content) { try { $parsed = $content | ConvertFrom-Json } catch { $parsed = $null } }
        $requestId = $null
        $values = $null
        if ($response.Headers.TryGetValues('x-acs-request-id', [ref] $values)) { $requestId = @($values)[0] }
        [pscustomobject]@{ StatusCode = [int] $response.StatusCode; Body = $parsed; Content = $content; RequestId = $requestId }
    }
    finally { $client.Dispose() }
}
