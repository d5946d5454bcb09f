# Descriptions of the parameters every MmsPowerShell cmdlet shares. A cmdlet's own help file may override one.
# Paragraphs are separated by a blank line; lines starting with "- " form a list. tools/New-MmsHelp.ps1
# wraps the text for an 80-column terminal, so write plain sentences and let it wrap.
@{
    Region            = @'
The Alibaba Cloud region of the MaxCompute service, e.g. cn-hangzhou or cn-shanghai. The cmdlet calls the public endpoint of that region, https://maxcompute.<region>.aliyuncs.com.

The region is the first of these that is set:

- -Region on this call
- the region of the Connect-Mms context of this session
- the ALIBABA_CLOUD_REGION_ID environment variable
- the region_id of the aliyun CLI profile in use (-ProfileName, else ALIBABA_CLOUD_PROFILE, else the current profile of ~/.aliyun/config.json)

With no region and no -Endpoint, the cmdlet stops with the error MmsRegionNotFound; a value that is not a region id stops it with MmsInvalidRegion. -Endpoint wins over -Region.
'@
    Endpoint          = @'
The endpoint to call instead of the region's public endpoint: a VPC endpoint such as https://maxcompute-vpc.cn-hangzhou.aliyuncs.com, a gateway, or the local emulator's http://127.0.0.1:<port> (the Endpoint property of Start-MmsEmulator's result). A value without a scheme gets https://.

-Endpoint wins over -Region and over the Connect-Mms context. Plain http:// is refused with the error MmsInsecureEndpoint unless the host is a loopback address (127.0.0.1, ::1, localhost), so credentials and data never cross a network unencrypted.
'@
    ProfileName       = @'
The name of a profile in the aliyun CLI configuration file ~/.aliyun/config.json, e.g. prod; when that file is absent or has no profile of that name, the [section] of that name in the INI credentials file (ALIBABA_CLOUD_CREDENTIALS_FILE, else ~/.alibabacloud/credentials or credentials.ini). Its credentials are used instead of the environment's. A CLI profile's region_id is used when no -Region is given; an INI section has no region, so give -Region or ALIBABA_CLOUD_REGION_ID.

Supported CLI profile modes: AK (access_key_id and access_key_secret), StsToken (the same plus sts_token), RamRoleArn (STS AssumeRole of ram_role_arn with the profile's key, cached until shortly before it expires), ChainableRamRoleArn (AssumeRole with the credentials of source_profile; a cycle stops the cmdlet with MmsProfileCycle), EcsRamRole (the RAM role ram_role_name of the ECS instance, from its metadata service), OIDC (AssumeRoleWithOIDC with the token in oidc_token_file), CredentialsURI (temporary credentials from credentials_uri) and External (the JSON that process_command prints). CloudSSO, OAuth and unknown modes stop the cmdlet with MmsProfileModeNotSupported, naming the mode and what to use instead; INI types are access_key, ecs_ram_role, ram_role_arn and oidc_role_arn. An unknown profile stops the cmdlet with MmsProfileNotFound. A credentials file that other users can read gives a warning (chmod 600).
'@
    Credential        = @'
An AccessKey pair as a PSCredential: the AccessKey ID as the user name and the AccessKey secret as the password, e.g. Get-Credential -UserName LTAI5t... . For a temporary (STS) pair, add its token with -SecurityToken.

Credentials come from the first of these that is present:

- -Credential (with -SecurityToken) on this call
- -ProfileName on this call
- the credentials or profile of the Connect-Mms context of this session
- the ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET environment variables, with ALIBABA_CLOUD_SECURITY_TOKEN for STS credentials
- an OIDC role (RRSA) from ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN and ALIBABA_CLOUD_OIDC_TOKEN_FILE
- the aliyun CLI profile named by ALIBABA_CLOUD_PROFILE, else the current profile of ~/.aliyun/config.json (skipped when ALIBABA_CLOUD_CLI_PROFILE_DISABLED is true); modes AK, StsToken, RamRoleArn, ChainableRamRoleArn, EcsRamRole, OIDC, CredentialsURI and External
- the INI credentials file (ALIBABA_CLOUD_CREDENTIALS_FILE, else ~/.alibabacloud/credentials or credentials.ini): the section named by ALIBABA_CLOUD_PROFILE, else [default]
- the ECS instance RAM role named by ALIBABA_CLOUD_ECS_METADATA
- the credentials URI in ALIBABA_CLOUD_CREDENTIALS_URI

With none of them, the cmdlet stops with the terminating error MmsCredentialsNotFound, whose message lists every place it looked. Half an AccessKey pair (in the environment or in -Credential) stops it with MmsCredentialsIncomplete. Secrets and tokens never appear in output, verbose or debug messages, or errors.
'@
    SecurityToken     = @'
The STS security token of a temporary AccessKey pair given with -Credential, e.g. from AssumeRole, as a SecureString (text is accepted and converted when it binds, but a token typed on the command line stays in the history and in $Error's InvocationInfo.Line: pass a variable, or better use the environment). It is sent, signed, in the x-acs-security-token header and never written to any output. Without -Credential it stops the cmdlet with MmsSecurityTokenWithoutCredential. (For STS credentials from the environment, set ALIBABA_CLOUD_SECURITY_TOKEN; for a profile, use the StsToken mode.)
'@
    Proxy             = @'
An HTTP proxy to send requests through, e.g. http://proxy.corp.example:8080. Without it, the HTTPS_PROXY, HTTP_PROXY and NO_PROXY environment variables apply. HTTPS requests are tunnelled, so the proxy sees neither the signature nor the answers.
'@
    ThrottleLimit     = @'
How many requests may be in flight at once, from 1 to 64. Results are still written in input order, each as soon as it and everything before it is done; 1 sends requests one after another.
'@
    MaximumRetryCount = @'
How many times a request is retried after throttling (HTTP 429, Throttling codes), a server failure (HTTP 500, 502, 503, 504), a dropped connection or a timeout, from 0 to 20. Waits grow exponentially with random jitter, and a Retry-After from the service is honoured (up to 60 seconds). Client errors such as a bad signature or an unknown table are never retried.

Set a session default with $PSDefaultParameterValues['*-Mms*:MaximumRetryCount'].
'@
    TimeoutSec        = @'
Seconds one attempt may take, from sending the request to the last byte of the answer, from 1 to 3600. A timed-out attempt counts as a failure that can be retried; when the retries are used up, the error is MmsRequestTimeout.
'@
    First             = 'Writes at most this many objects of a listing, then stops asking the service for further pages.'
    Skip              = 'Leaves out this many objects at the start of a listing.'
    IncludeTotalCount = 'Writes the number of objects the listing has in all (as the service counts them) before the objects. Its accuracy is 1.0 when every object the service counts is written, 0.5 when -Name wildcards are also checked locally.'
    WhatIf            = 'Shows what the cmdlet would change in this session, and changes nothing.'
    Confirm           = 'Asks for confirmation before the cmdlet changes anything in this session.'
}
