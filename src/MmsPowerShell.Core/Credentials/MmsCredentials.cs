using System.Text;

namespace MmsPowerShell.Core.Credentials
{
    /// <summary>An AccessKey pair, with an STS token when the key is temporary.</summary>
    /// <remarks>
    /// The secret and token are internal on purpose: nothing outside the signer needs to read them,
    /// and an object that has no public secret cannot leak one through Format-List * or ToString().
    /// </remarks>
    public sealed class MmsCredentials
    {
        public MmsCredentials(string accessKeyId, string accessKeySecret, string? securityToken, string source)
        {
            if (string.IsNullOrWhiteSpace(accessKeyId))
            {
                throw new ArgumentException("The AccessKey ID is empty.", nameof(accessKeyId));
            }
            if (string.IsNullOrEmpty(accessKeySecret))
            {
                throw new ArgumentException("The AccessKey secret is empty.", nameof(accessKeySecret));
            }
            AccessKeyId = accessKeyId.Trim();
            AccessKeySecret = accessKeySecret;
            SecurityToken = string.IsNullOrWhiteSpace(securityToken) ? null : securityToken!.Trim();
            Source = source;
        }

        public string AccessKeyId { get; }

        /// <summary>Where these credentials came from, e.g. "the environment"; shown in verbose output.</summary>
        public string Source { get; }

        public bool IsTemporary => SecurityToken != null;

        internal string AccessKeySecret { get; }

        internal string? SecurityToken { get; }

        internal byte[] SecretBytes() => Encoding.UTF8.GetBytes(AccessKeySecret);

        public override string ToString() => AccessKeyId + " (" + Source + ")";
    }
}
