using System;
using System.Globalization;
using System.Text.Json;
using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Core.Credentials
{
    /// <summary>Reads AccessKeyId, AccessKeySecret, SecurityToken and Expiration, as both the metadata service and STS answer them.</summary>
    internal static class TemporaryCredentialParser
    {
        public static TemporaryCredentials Parse(JsonElement credentials, string source)
        {
            string? id = ApiErrorParser.FirstString(credentials, "AccessKeyId");
            string? secret = ApiErrorParser.FirstString(credentials, "AccessKeySecret");
            string? token = ApiErrorParser.FirstString(credentials, "SecurityToken");
            string? expiration = ApiErrorParser.FirstString(credentials, "Expiration");
            if (id == null || secret == null || token == null || expiration == null ||
                !DateTime.TryParse(expiration, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime expires))
            {
                throw new MmsConfigurationException("MmsTemporaryCredentialsInvalid",
                    "The credentials from " + source + " are incomplete (AccessKeyId, AccessKeySecret, SecurityToken and Expiration are needed).");
            }
            return new TemporaryCredentials(new MmsCredentials(id, secret, token, source), expires);
        }
    }
}
