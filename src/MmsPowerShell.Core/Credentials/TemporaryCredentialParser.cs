using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Json;

namespace MmsPowerShell.Core.Credentials
{
    /// <summary>Reads AccessKeyId, AccessKeySecret, SecurityToken and Expiration, as both the metadata service and STS answer them.</summary>
    internal static class TemporaryCredentialParser
    {
        public static TemporaryCredentials Parse(JsonElement credentials, string source)
        {
            string? id = WireValues.FirstString(credentials, "AccessKeyId");
            string? secret = WireValues.FirstString(credentials, "AccessKeySecret");
            string? token = WireValues.FirstString(credentials, "SecurityToken");
            string? expiration = WireValues.FirstString(credentials, "Expiration");
            if (id == null || secret == null || token == null || expiration == null ||
                !DateTime.TryParse(expiration, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime expires))
            {
                throw new MmsConfigurationException(MmsErrorIds.TemporaryCredentialsInvalid,
                    "The credentials from " + source + " are incomplete (AccessKeyId, AccessKeySecret, SecurityToken and Expiration are needed).");
            }
            return new TemporaryCredentials(new MmsCredentials(id, secret, token, source), expires);
        }
    }
}
