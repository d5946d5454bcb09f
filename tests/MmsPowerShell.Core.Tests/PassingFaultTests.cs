using MmsPowerShell.Core.Errors;

namespace MmsPowerShell.Core.Tests
{
    /// <summary>Which faults a poll keeps going through (the migration run and the waiting cmdlets ask the same question).</summary>
    public class PassingFaultTests
    {
        [Theory]
        [InlineData(MmsErrorKind.Throttling, true)]
        [InlineData(MmsErrorKind.ServerError, true)]
        [InlineData(MmsErrorKind.InvalidResponse, true)]
        [InlineData(MmsErrorKind.ConnectionFailed, true)]
        [InlineData(MmsErrorKind.Timeout, true)]
        [InlineData(MmsErrorKind.InvalidRequest, false)]
        [InlineData(MmsErrorKind.NotFound, false)]
        [InlineData(MmsErrorKind.Authentication, false)]
        [InlineData(MmsErrorKind.PermissionDenied, false)]
        [InlineData(MmsErrorKind.Insecure, false)]
        [InlineData(MmsErrorKind.NotSupported, false)]
        [InlineData(MmsErrorKind.Unreadable, false)]
        [InlineData(MmsErrorKind.OperationFailed, false)]
        [InlineData(MmsErrorKind.Conflict, false)]
        public void A_fault_may_pass_only_when_the_next_read_can_go_differently(MmsErrorKind kind, bool mayPass)
        {
            var error = new MmsApiException(kind, 0, "Code", "message", "R1", null);
            Assert.Equal(mayPass, error.MayPass);
        }
    }
}
