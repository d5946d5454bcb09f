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
        The emulator is a real HTTP server that serves GetMmsTable for a demo data set, checks ACS3-HMAC-SHA256
        signatures against its own key pair and answers unknown ids with the service's not-found error.
        It stops when this PowerShell session ends, or with Stop-MmsEmulator.
    .PARAMETER Port
        TCP port on 127.0.0.1; 0 (the default) picks a free one.
    .PARAMETER LatencyMs
        Milliseconds added to every API answer, to imitate a distant service.
    .PARAMETER ClockSkewSeconds
        Shifts the emulator's clock, so that this machine's clock looks wrong to it (over 900 seconds is rejected).
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
    [CmdletBinding()]
    [OutputType('MmsEmulator')]
    param(
        [ValidateRange(0, 65535)] [int] $Port = 0,
        [ValidateRange(0, 600000)] [int] $LatencyMs = 0,
        [int] $ClockSkewSeconds = 0,
        [string] $Path = (Join-Path $PSScriptRoot 'bin')
    )
    $dll = Join-Path $Path 'MmsPowerShell.Emulator.dll'
    if (-not (Test-Path $dll)) {
        $exception = New-Object System.IO.FileNotFoundException("The emulator is not built: $dll is missing. Run ./build.ps1 first.", $dll)
        $PSCmdlet.ThrowTerminatingError((New-Object System.Management.Automation.ErrorRecord($exception, 'MmsEmulatorNotBuilt', 'ObjectNotFound', $dll)))
    }
    $start = New-Object System.Diagnostics.ProcessStartInfo
    $start.FileName = 'dotnet'
    $start.Arguments = '"{0}" --port {1} --latency-ms {2} --clock-skew-seconds {3} --parent-pid {4}' -f $dll, $Port, $LatencyMs, $ClockSkewSeconds, $PID
    $start.UseShellExecute = $false
    $start.RedirectStandardOutput = $true
    $start.RedirectStandardError = $true
    $start.CreateNoWindow = $true
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
        in half), nulldata ("data": null), wrongtypes (JSON of the wrong types), delay (-DelayMs, then the
        normal answer), reset (connection dropped), hang (never answers), largebody (a 20 MB answer),
        samepage (list operations answer page 1 whatever page is asked for).
        Faults apply after the signature check; the first matching fault with hits left wins.
    .EXAMPLE
        Set-MmsEmulatorFault -Emulator $emu -Kind error -Status 503 -Code ServiceUnavailable -Times 2

        The next two requests fail with 503, then the service recovers.
    .EXAMPLE
        Set-MmsEmulatorFault -Emulator $emu -Kind error -Status 429 -Code Throttling.User -RetryAfterMs 1500 -TableId 7

        Table 7 is throttled with a Retry-After of 1.5 s, every time.
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)] [psobject] $Emulator,
        [Parameter(Mandatory)] [ValidateSet('error', 'html', 'truncated', 'nulldata', 'wrongtypes', 'delay', 'reset', 'hang', 'largebody', 'samepage')] [string] $Kind,
        [int] $Status = 503,
        [string] $Code = 'ServiceUnavailable',
        [string] $Message = 'The request has failed due to a temporary failure of the server.',
        [long] $SourceId,
        [long] $TableId,
        [long] $TableIdModulo,
        [ValidateRange(0, [int]::MaxValue)] [int] $Times = 0,
        [int] $DelayMs = 0,
        [int] $RetryAfterMs = -1
    )
    $fault = @{ kind = $Kind; status = $Status; code = $Code; message = $Message; times = $Times; delayMs = $DelayMs }
    if ($PSBoundParameters.ContainsKey('SourceId')) { $fault.sourceId = $SourceId }
    if ($PSBoundParameters.ContainsKey('TableId')) { $fault.tableId = $TableId }
    if ($PSBoundParameters.ContainsKey('TableIdModulo')) { $fault.tableIdModulo = $TableIdModulo }
    if ($RetryAfterMs -ge 0) { $fault.retryAfterMs = $RetryAfterMs }
    if ($PSCmdlet.ShouldProcess($Emulator.Endpoint, "Inject fault '$Kind'")) {
        Invoke-RestMethod -Method Post -Uri "$($Emulator.Endpoint)/_emulator/faults" -ContentType 'application/json' -Body ($fault | ConvertTo-Json)
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
        Returns how many API requests the emulator received, in all and by path.
    .PARAMETER Reset
        Sets the counters back to zero after reading them.
    .EXAMPLE
        (Get-MmsEmulatorStat -Emulator $emu).requests
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
