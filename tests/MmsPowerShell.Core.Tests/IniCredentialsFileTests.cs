using MmsPowerShell.Core.Credentials;
using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Core.Tests
{
    public class IniCredentialsFileTests
    {
        [Fact]
        public void Sections_keys_comments_and_quotes()
        {
            using var env = new FakeEnvironment();
            string path = env.WriteFile("creds", @"
; a comment
# another
[default]
enable = true
type = access_key
access_key_id = ID1
access_key_secret = se#cret ; kept

[quoted]
role_arn = ""acs:ram::1:role/r""
empty =
");
            IniCredentialsFile file = IniCredentialsFile.Load(path);
            Assert.True(file.HasSection("default"));
            Assert.False(file.HasSection("Default"));
            Assert.Equal("ID1", file.Get("default", "access_key_id"));
            Assert.Equal("se#cret ; kept", file.Get("default", "access_key_secret"));
            Assert.Equal("acs:ram::1:role/r", file.Get("quoted", "role_arn"));
            Assert.Null(file.Get("quoted", "empty"));
            Assert.Null(file.Get("missing", "role_arn"));
        }

        [Theory]
        [InlineData("[default]\ntype = access_key\naccess_key_secret: leaked-secret\n", "line 3 is neither")]
        [InlineData("access_key_secret = leaked-secret\n[default]\n", "line 1 comes before the first [section]")]
        public void Malformed_lines_are_named_by_number_never_quoted(string content, string expected)
        {
            using var env = new FakeEnvironment();
            string path = env.WriteFile("creds", content);
            var e = Assert.Throws<MmsConfigurationException>(() => IniCredentialsFile.Load(path));
            Assert.Equal("MmsCredentialsFileUnreadable", e.ErrorId.Id);
            Assert.Contains(path, e.Message);
            Assert.Contains(expected, e.Message);
            Assert.DoesNotContain("leaked-secret", e.Message);
        }

        [Fact]
        public void Unreadable_file_is_named()
        {
            using var env = new FakeEnvironment();
            string path = Path.Combine(env.HomeDirectory, "a-directory");
            Directory.CreateDirectory(path);
            var e = Assert.Throws<MmsConfigurationException>(() => IniCredentialsFile.Load(path));
            Assert.Equal("MmsCredentialsFileUnreadable", e.ErrorId.Id);
            Assert.Contains(path, e.Message);
        }

        [Fact]
        public void Locate_prefers_the_variable_then_credentials_then_credentials_ini()
        {
            using var env = new FakeEnvironment();
            Assert.Null(IniCredentialsFile.Locate(env));
            string ini = env.WriteFile(Path.Combine(".alibabacloud", "credentials.ini"), "[default]\n");
            Assert.Equal(ini, IniCredentialsFile.Locate(env));
            string plain = env.WriteFile(Path.Combine(".alibabacloud", "credentials"), "[default]\n");
            Assert.Equal(plain, IniCredentialsFile.Locate(env));
            string custom = env.WriteFile("elsewhere.ini", "[default]\n");
            env.Set(EnvironmentVariables.CredentialsFile, custom);
            Assert.Equal(custom, IniCredentialsFile.Locate(env));
        }

        [Fact]
        public void A_variable_naming_a_missing_file_is_an_error()
        {
            using var env = new FakeEnvironment();
            string missing = Path.Combine(env.HomeDirectory, "nope.ini");
            env.Set(EnvironmentVariables.CredentialsFile, missing);
            var e = Assert.Throws<MmsConfigurationException>(() => IniCredentialsFile.Locate(env));
            Assert.Equal("MmsCredentialsFileNotFound", e.ErrorId.Id);
            Assert.Contains(missing, e.Message);
            Assert.Contains(EnvironmentVariables.CredentialsFile, e.Message);
        }
    }
}
