using System.Management.Automation;
using System.Reflection;
using MmsPowerShell.Commands;

namespace MmsPowerShell.Tests
{
    /// <summary>Runs the cmdlets in a real runspace in this process: input checks that happen before any request.</summary>
    public class InProcessCmdletTests
    {
        private static readonly Assembly Cmdlets = typeof(MmsCmdlet).Assembly;

        /// <summary>Cmdlets that write no objects at all, so they have no output type to declare.</summary>
        private static readonly HashSet<string> WriteNothing = new HashSet<string> { "DisconnectMmsCommand", "RemoveMmsDataSourceCommand", "RemoveMmsTimerCommand" };

        private static (IList<PSObject> Output, IList<ErrorRecord> Errors) Run(string script)
        {
            using (var shell = PowerShell.Create())
            {
                shell.AddCommand("Import-Module").AddParameter("Assembly", Cmdlets).Invoke();
                shell.Commands.Clear();
                shell.AddScript(script);
                try
                {
                    Collection output = new Collection(shell.Invoke());
                    return (output.Items, shell.Streams.Error.ToList());
                }
                catch (RuntimeException e)
                {
                    return (new List<PSObject>(), new List<ErrorRecord> { e.ErrorRecord });
                }
            }
        }

        [Fact]
        public void An_endpoint_with_a_password_is_refused_without_showing_the_password()
        {
            var (_, errors) = Run("Get-MmsTable -SourceId 1 -TableId 1 -Endpoint 'https://user:hunter2@example.com' " +
                                  "-Credential ([pscredential]::new('id', (ConvertTo-SecureString 's' -AsPlainText -Force)))");
            ErrorRecord error = Assert.Single(errors);
            Assert.Equal("MmsInvalidEndpoint", error.FullyQualifiedErrorId.Split(',')[0]);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.DoesNotContain("hunter2", error.ToString());
            Assert.Contains("***@example.com", error.ToString());
        }

        [Fact]
        public void A_region_too_long_for_a_host_name_is_an_invalid_argument_not_a_uri_exception()
        {
            var (_, errors) = Run("Get-MmsTable -SourceId 1 -TableId 1 -Region ('a' * 300) " +
                                  "-Credential ([pscredential]::new('id', (ConvertTo-SecureString 's' -AsPlainText -Force)))");
            ErrorRecord error = Assert.Single(errors);
            Assert.Equal("MmsInvalidRegion", error.FullyQualifiedErrorId.Split(',')[0]);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        }

        [Fact]
        public void Conflicting_column_filters_are_refused_before_anything_runs()
        {
            var (_, errors) = Run("Get-MmsTableColumn -SourceId 1 -TableId 1 -PartitionKey -ExcludePartitionKey");
            ErrorRecord error = Assert.Single(errors);
            Assert.Equal("MmsConflictingColumnFilter", error.FullyQualifiedErrorId.Split(',')[0]);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        }

        public static IEnumerable<object[]> AllCmdlets() =>
            Cmdlets.GetTypes().Where(t => t.GetCustomAttribute<CmdletAttribute>() != null).Select(t => new object[] { t.Name });

        [Theory]
        [MemberData(nameof(AllCmdlets))]
        public void Every_cmdlet_declares_its_output_type_and_an_approved_verb(string typeName)
        {
            Type type = Cmdlets.GetTypes().Single(t => t.Name == typeName);
            Assert.True(type.GetCustomAttributes<OutputTypeAttribute>().Any() || WriteNothing.Contains(typeName),
                typeName + " declares no [OutputType]");
            string verb = type.GetCustomAttribute<CmdletAttribute>()!.VerbName;
            var (output, _) = Run("Get-Verb -Verb " + verb);
            Assert.Single(output);
        }

        [Theory]
        [MemberData(nameof(AllCmdlets))]
        public void Every_cmdlet_that_calls_the_service_takes_the_connection_and_request_parameters(string typeName)
        {
            Type type = Cmdlets.GetTypes().Single(t => t.Name == typeName);
            if (!typeof(MmsConnectionCmdlet).IsAssignableFrom(type))
            {
                return;
            }
            var names = type.GetProperties().Where(p => p.GetCustomAttributes<ParameterAttribute>().Any())
                .SelectMany(p => p.GetCustomAttributes<AliasAttribute>().SelectMany(a => a.AliasNames).Append(p.Name)).ToList();
            Assert.Subset(new HashSet<string>(names), new HashSet<string> { "Region", "Endpoint", "ProfileName", "Credential", "SecurityToken", "Proxy" });
            if (typeof(MmsCmdlet).IsAssignableFrom(type))
            {
                Assert.Subset(new HashSet<string>(names), new HashSet<string> { "MaximumRetryCount", "TimeoutSec", "ThrottleLimit" });
            }
        }

        [Theory]
        [MemberData(nameof(AllCmdlets))]
        public void Every_id_array_that_binds_from_the_pipeline_names_a_bad_row(string typeName)
        {
            Type type = Cmdlets.GetTypes().Single(t => t.Name == typeName);
            var idArrays = type.GetProperties().Where(p => p.PropertyType == typeof(long[]) &&
                p.GetCustomAttributes<ParameterAttribute>().Any(a => a.ValueFromPipelineByPropertyName));
            Assert.All(idArrays, p => Assert.True(p.GetCustomAttribute<InputIdsAttribute>() != null && p.GetCustomAttribute<AllowEmptyCollectionAttribute>() != null,
                typeName + "." + p.Name + " binds from the pipeline but lacks [InputIds] and [AllowEmptyCollection]: a bad CSV value would be a generic binding error"));
        }

        private sealed class Collection
        {
            public Collection(IEnumerable<PSObject> items) => Items = items.ToList();

            public IList<PSObject> Items { get; }
        }
    }
}
