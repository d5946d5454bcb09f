# Descriptions of the parameters every MmsPowerShell cmdlet shares. Per-cmdlet files may override one.
@{
    Region            = @'
The Alibaba Cloud region of the MaxCompute service, e.g. cn-hangzhou. The endpoint becomes https://maxcompute.<region>.aliyuncs.com.

Without -Region, the region comes from the ALIBABA_CLOUD_REGION_ID environment variable, then from the region_id of the aliyun CLI profile in use. -Endpoint overrides the region.
'@
    Endpoint          = @'
The endpoint to call, e.g. https://maxcompute-vpc.cn-hangzhou.aliyuncs.com for the VPC endpoint, or the local emulator's http://127.0.0.1:<port>. It wins over -Region. Plain http:// is refused except to loopback hosts, so credentials never cross a network unencrypted.
'@
    ProfileName       = @'
A profile of the aliyun CLI configuration file ~/.aliyun/config.json. Profiles in the AK, StsToken, RamRoleArn (STS AssumeRole with the profile's key, cached until shortly before expiry) and EcsRamRole (the ECS instance's RAM role from the metadata service) modes are supported; another mode gives a clear error naming it. The profile's region_id is used when no -Region is given.
'@
    Credential        = @'
An AccessKey pair as a PSCredential: the AccessKey ID as the user name and the AccessKey secret as the password, e.g. Get-Credential -UserName LTAI5t.... It wins over every other source.

Without it, credentials come from -ProfileName, then the ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN) environment variables, then the aliyun CLI profile named by ALIBABA_CLOUD_PROFILE or the file's current profile, then the ECS instance RAM role named by ALIBABA_CLOUD_ECS_METADATA. With none, the cmdlet stops with the error MmsCredentialsNotFound.
'@
    SecurityToken     = @'
The STS security token that belongs to a temporary AccessKey pair given with -Credential. It is sent signed in the x-acs-security-token header and never written to any output.
'@
    Proxy             = @'
An HTTP proxy to send requests through, e.g. http://proxy.corp.example:8080. Without it, the HTTPS_PROXY, HTTP_PROXY and NO_PROXY environment variables apply. HTTPS requests are tunnelled, so the proxy sees neither the signature nor the answers.
'@
    ThrottleLimit     = @'
How many requests may be in flight at once. Results are still written in input order, each as soon as it and everything before it is done. The default is 8; 1 sends requests one after another.
'@
    MaximumRetryCount = @'
How many times a request is retried after throttling (HTTP 429, Throttling codes), a server failure (HTTP 500, 502, 503, 504), a dropped connection or a timeout. Waits grow exponentially with random jitter, and a Retry-After from the service is honoured (up to 60 seconds). Client errors such as a bad signature or an unknown table are never retried. The default is 3 (four attempts). Set a session default with $PSDefaultParameterValues['*-Mms*:MaximumRetryCount'].
'@
    TimeoutSec        = @'
Seconds one attempt may take, from sending the request to the last byte of the answer. The default is 30. A timed-out attempt counts as a failure that can be retried.
'@
    First             = 'Writes at most this many objects of a listing, then stops asking the service for further pages.'
    Skip              = 'Leaves out this many objects at the start of a listing.'
    IncludeTotalCount = 'Writes the number of objects the listing has in all (as the service counts them) before the objects. Its accuracy is 1.0 when every object the service counts is written, 0.5 when -Name wildcards are also checked locally.'
    WhatIf            = 'Shows what the cmdlet would change in this session, and changes nothing.'
    Confirm           = 'Asks for confirmation before the cmdlet changes anything in this session.'
}
