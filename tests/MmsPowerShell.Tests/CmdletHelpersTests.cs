using System.Management.Automation;
using MmsPowerShell.Commands;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Models;

namespace MmsPowerShell.Tests
{
    public class NameFilterTests
    {
        [Theory]
        [InlineData(null, null, true)]
        [InlineData("sales", "sales", true)]
        [InlineData("Sales_*", "sales_", false)]
        [InlineData("*orders", null, false)]
        [InlineData("t_100`?", "t_100?", true)]
        [InlineData("t_``x*", "t_`x", false)]
        public void Sends_the_literal_prefix_lowercased_and_says_whether_the_server_decides(string? pattern, string? prefix, bool exact)
        {
            var filter = new NameFilter(pattern);
            Assert.Equal(prefix, filter.ServerPrefix);
            Assert.Equal(exact, filter.IsExactOnServer);
        }

        [Fact]
        public void Several_patterns_match_any_ignoring_case_and_send_nothing_to_the_server()
        {
            var filter = new NameFilter("id", "*_AT");
            Assert.Null(filter.ServerPrefix);
            Assert.False(filter.IsExactOnServer);
            Assert.True(filter.Matches("ID"));
            Assert.True(filter.Matches("created_at"));
            Assert.False(filter.Matches("name"));
        }

        [Fact]
        public void An_escaped_wildcard_matches_only_itself()
        {
            var filter = new NameFilter("t_100`?");
            Assert.True(filter.Matches("t_100?"));
            Assert.False(filter.Matches("t_1001"));
        }

        [Fact]
        public void No_pattern_matches_everything_including_null()
        {
            Assert.True(new NameFilter().Matches(null));
            Assert.True(new NameFilter((string?)null).Matches("x"));
        }
    }

    public class PagingCounterTests
    {
        [Fact]
        public void Without_paging_parameters_nothing_is_cut()
        {
            var counter = new PagingCounter(null);
            int written = 0;
            for (int i = 0; i < 1000; i++)
            {
                Assert.True(counter.Offer(() => written++));
            }
            Assert.Equal(1000, written);
            Assert.False(counter.IsFull);
        }
    }

    public class ListWriterTests
    {
        private static MmsPage<long> Page(params long[] ids) => new MmsPage<long>(ids, 1000);

        [Fact]
        public void An_item_that_moved_onto_the_next_page_is_written_once_and_counted()
        {
            var written = new List<long>();
            var writer = new ListWriter<long>(id => id, id => { written.Add(id); return true; });
            Assert.True(writer.Write(Page(1, 2, 3)));
            Assert.True(writer.Write(Page(3, 4, 5)));
            Assert.Equal(new long[] { 1, 2, 3, 4, 5 }, written);
            Assert.Equal(1, writer.Duplicates);
        }

        [Fact]
        public void A_repeated_page_stops_the_listing_and_names_the_page()
        {
            var writer = new ListWriter<long>(id => id, _ => true);
            Assert.True(writer.Write(Page(1, 2)));
            Assert.False(writer.Write(Page(1, 2)));
            Assert.Equal(2, writer.RepeatedPage);
        }

        [Fact]
        public void Stops_when_the_writer_wants_no_more_and_on_an_empty_page()
        {
            var writer = new ListWriter<long>(id => id, id => id < 2);
            Assert.False(writer.Write(Page(1, 2, 3)));
            Assert.False(new ListWriter<long>(id => id, _ => true).Write(Page()));
        }

        [Fact]
        public void An_item_on_three_pages_in_a_row_is_written_once()
        {
            var written = new List<long>();
            var writer = new ListWriter<long>(id => id, id => { written.Add(id); return true; });
            Assert.True(writer.Write(Page(1, 2, 3)));
            Assert.True(writer.Write(Page(3, 4)));
            Assert.True(writer.Write(Page(5, 3)));
            Assert.Equal(new long[] { 1, 2, 3, 4, 5 }, written);
            Assert.Equal(2, writer.Duplicates);
        }

        [Fact]
        public void Remembers_only_the_page_before()
        {
            var written = new List<long>();
            var writer = new ListWriter<long>(id => id, id => { written.Add(id); return true; });
            writer.Write(Page(1));
            writer.Write(Page(2));
            writer.Write(Page(3, 1));
            Assert.Equal(new long[] { 1, 2, 3, 1 }, written);
        }
    }

    public class ErrorRecordsTests
    {
        [Fact]
        public void Every_error_kind_has_its_own_category()
        {
            var categories = Enum.GetValues(typeof(MmsErrorKind)).Cast<MmsErrorKind>().Select(ErrorRecords.Category).ToList();
            Assert.DoesNotContain(ErrorCategory.NotSpecified, categories);
            Assert.Equal(categories.Count, categories.Distinct().Count());
        }

        [Fact]
        public void Every_declared_error_id_is_unique_and_named_for_the_module()
        {
            var ids = typeof(MmsErrorIds).GetFields().Select(f => (MmsErrorId)f.GetValue(null)!).Select(id => id.Id).ToList();
            Assert.NotEmpty(ids);
            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.All(ids, id => Assert.StartsWith("Mms", id));
        }

        [Fact]
        public void Not_found_takes_its_error_id_from_the_reference_and_names_it()
        {
            var e = new MmsApiException(MmsErrorKind.NotFound, 404, "ODPS-0130131", "Table not found", "REQ-1", null);
            ErrorRecord record = ErrorRecords.FromApiError(e, new MmsTableReference(5, 7));
            Assert.Equal("MmsTableNotFound", record.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ObjectNotFound, record.CategoryInfo.Category);
            Assert.IsType<MmsTableReference>(record.TargetObject);
            Assert.StartsWith("source 5, table 7 was not found.", record.ErrorDetails.Message);
        }

        [Fact]
        public void Other_api_errors_keep_the_service_code_and_a_lost_answer_says_to_check_first()
        {
            var e = new MmsApiException(MmsErrorIds.RequestTimeout, 0, "No complete answer within 1 s", null, "Raise -TimeoutSec.");
            typeof(MmsApiException).GetProperty(nameof(MmsApiException.OutcomeUnknown))!.SetValue(e, true);
            ErrorRecord record = ErrorRecords.FromApiError(e, new MmsSourceReference(5));
            Assert.Equal("MmsRequestTimeout", record.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.OperationTimeout, record.CategoryInfo.Category);
            Assert.Contains("may have happened", record.ErrorDetails.RecommendedAction);
            Assert.EndsWith("Raise -TimeoutSec.", record.ErrorDetails.RecommendedAction);
        }

        [Fact]
        public void Configuration_errors_take_the_category_of_their_id()
        {
            ErrorRecord record = ErrorRecords.FromConfigurationError(new MmsConfigurationException(MmsErrorIds.InsecureEndpoint, "no"));
            Assert.Equal(("MmsInsecureEndpoint", ErrorCategory.SecurityError), (record.FullyQualifiedErrorId, record.CategoryInfo.Category));
        }

        [Fact]
        public void A_reference_does_not_show_its_error_id_as_a_property()
        {
            Assert.Equal(new[] { "SourceId", "TableId" }, PSObject.AsPSObject(new MmsTableReference(1, 2)).Properties.Select(p => p.Name).ToArray());
        }
    }

    public class DisplayFormatTests
    {
        [Theory]
        [InlineData(0, "0 B")]
        [InlineData(1023, "1023 B")]
        [InlineData(1536, "1.5 KB")]
        [InlineData(5L * 1024 * 1024 * 1024 * 1024, "5 TB")]
        public void Bytes_use_binary_units(long bytes, string expected) => Assert.Equal(expected, DisplayFormat.Bytes(bytes));

        [Theory]
        [InlineData(999, "999")]
        [InlineData(41_800_000_000, "41.8B")]
        [InlineData(250_000, "250K")]
        public void Counts_use_decimal_units(long count, string expected) => Assert.Equal(expected, DisplayFormat.Count(count));

        [Fact]
        public void Unknown_sizes_and_counts_show_as_a_question_mark()
        {
            Assert.Equal(("?", "?", "?", "?"), (DisplayFormat.Bytes(null), DisplayFormat.Count(null), DisplayFormat.BytesExact(null), DisplayFormat.CountExact(null)));
            Assert.Equal(("1.5 KB (1,536 bytes)", "1,234"), (DisplayFormat.BytesExact(1536), DisplayFormat.CountExact(1234)));
        }
    }
}
