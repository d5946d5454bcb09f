using MmsPowerShell.Core.Text;

namespace MmsPowerShell.Core.Tests
{
    /// <summary>Bidirectional controls (Trojan Source, CVE-2021-42574) are shown, not obeyed; real text is untouched.</summary>
    public class BidiSanitizerTests
    {
        [Theory]
        [InlineData("evil\u202Etxt.exe", "evil\\u202etxt.exe")]
        [InlineData("a\u202Ab\u202Bc\u202Cd\u202De", "a\\u202ab\\u202bc\\u202cd\\u202de")]
        [InlineData("\u2066iso\u2067late\u2068first\u2069", "\\u2066iso\\u2067late\\u2068first\\u2069")]
        [InlineData("mark\u200Eleft\u200Fright\u061Carabic", "mark\\u200eleft\\u200fright\\u061carabic")]
        public void Bidirectional_controls_are_made_visible(string hostile, string shown) => Assert.Equal(shown, ServiceText.Sanitize(hostile));

        [Theory]
        [InlineData("迁移作业 中文")]
        [InlineData("emoji 🚀👩‍💻 ok")]
        [InlineData("עברית وعربي right-to-left letters")]
        [InlineData("zero\u200Bwidth joiner\u200D")]
        public void Real_unicode_is_untouched(string text) => Assert.Same(text, ServiceText.Sanitize(text));

        [Fact]
        public void Sanitizing_twice_changes_nothing_more()
        {
            string once = ServiceText.Sanitize("x\u202E\u001b[2J\r\nWARNING: forged");
            Assert.Equal(once, ServiceText.Sanitize(once));
        }
    }
}
