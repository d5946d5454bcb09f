namespace MmsPowerShell.Core.Errors
{
    /// <summary>Every ErrorId the module itself raises, in one place. Service error codes (e.g. SignatureDoesNotMatch) are passed through as they come.</summary>
    public static class MmsErrorIds
    {
        // Connection and credentials.
        public static readonly MmsErrorId CredentialsNotFound = new MmsErrorId("MmsCredentialsNotFound", MmsErrorKind.Authentication);
        public static readonly MmsErrorId CredentialsIncomplete = new MmsErrorId("MmsCredentialsIncomplete", MmsErrorKind.Authentication);
        public static readonly MmsErrorId SecurityTokenWithoutCredential = new MmsErrorId("MmsSecurityTokenWithoutCredential", MmsErrorKind.InvalidRequest);
        public static readonly MmsErrorId EcsRamRoleUnavailable = new MmsErrorId("MmsEcsRamRoleUnavailable", MmsErrorKind.Authentication);
        public static readonly MmsErrorId AssumeRoleFailed = new MmsErrorId("MmsAssumeRoleFailed", MmsErrorKind.Authentication);
        public static readonly MmsErrorId TemporaryCredentialsInvalid = new MmsErrorId("MmsTemporaryCredentialsInvalid", MmsErrorKind.Authentication);
        public static readonly MmsErrorId ProfileNotFound = new MmsErrorId("MmsProfileNotFound", MmsErrorKind.NotFound);
        public static readonly MmsErrorId ProfileIncomplete = new MmsErrorId("MmsProfileIncomplete", MmsErrorKind.InvalidRequest);
        public static readonly MmsErrorId ProfileModeNotSupported = new MmsErrorId("MmsProfileModeNotSupported", MmsErrorKind.NotSupported);
        public static readonly MmsErrorId CliConfigUnreadable = new MmsErrorId("MmsCliConfigUnreadable", MmsErrorKind.Unreadable);
        public static readonly MmsErrorId RegionNotFound = new MmsErrorId("MmsRegionNotFound", MmsErrorKind.InvalidRequest);
        public static readonly MmsErrorId InvalidRegion = new MmsErrorId("MmsInvalidRegion", MmsErrorKind.InvalidRequest);
        public static readonly MmsErrorId InvalidEndpoint = new MmsErrorId("MmsInvalidEndpoint", MmsErrorKind.InvalidRequest);
        public static readonly MmsErrorId CredentialsFileNotFound = new MmsErrorId("MmsCredentialsFileNotFound", MmsErrorKind.NotFound);
        public static readonly MmsErrorId CredentialsFileUnreadable = new MmsErrorId("MmsCredentialsFileUnreadable", MmsErrorKind.Unreadable);
        public static readonly MmsErrorId ProfileCycle = new MmsErrorId("MmsProfileCycle", MmsErrorKind.InvalidRequest);
        public static readonly MmsErrorId ExternalCredentialsFailed = new MmsErrorId("MmsExternalCredentialsFailed", MmsErrorKind.Authentication);
        public static readonly MmsErrorId CredentialsUriInvalid = new MmsErrorId("MmsCredentialsUriInvalid", MmsErrorKind.InvalidRequest);
        public static readonly MmsErrorId CredentialsUriFailed = new MmsErrorId("MmsCredentialsUriFailed", MmsErrorKind.Authentication);
        public static readonly MmsErrorId InsecureEndpoint = new MmsErrorId("MmsInsecureEndpoint", MmsErrorKind.Insecure);

        // Transport and answers.
        public static readonly MmsErrorId RequestTimeout = new MmsErrorId("MmsRequestTimeout", MmsErrorKind.Timeout);
        public static readonly MmsErrorId ConnectionFailed = new MmsErrorId("MmsConnectionFailed", MmsErrorKind.ConnectionFailed);
        public static readonly MmsErrorId InvalidResponse = new MmsErrorId("MmsInvalidResponse", MmsErrorKind.InvalidResponse);
        public static readonly MmsErrorId ResponseTooLarge = new MmsErrorId("MmsResponseTooLarge", MmsErrorKind.InvalidResponse);

        // Objects that do not exist (each error target, MmsReference in the cmdlet assembly, names its own).
        public static readonly MmsErrorId DataSourceNotFound = new MmsErrorId("MmsDataSourceNotFound", MmsErrorKind.NotFound);
        public static readonly MmsErrorId DatabaseNotFound = new MmsErrorId("MmsDatabaseNotFound", MmsErrorKind.NotFound);
        public static readonly MmsErrorId TableNotFound = new MmsErrorId("MmsTableNotFound", MmsErrorKind.NotFound);
        public static readonly MmsErrorId PartitionNotFound = new MmsErrorId("MmsPartitionNotFound", MmsErrorKind.NotFound);
        public static readonly MmsErrorId JobNotFound = new MmsErrorId("MmsJobNotFound", MmsErrorKind.NotFound);
        public static readonly MmsErrorId TaskNotFound = new MmsErrorId("MmsTaskNotFound", MmsErrorKind.NotFound);
        public static readonly MmsErrorId AsyncTaskNotFound = new MmsErrorId("MmsAsyncTaskNotFound", MmsErrorKind.NotFound);
        public static readonly MmsErrorId TimerNotFound = new MmsErrorId("MmsTimerNotFound", MmsErrorKind.NotFound);
        public static readonly MmsErrorId ScanNotFound = new MmsErrorId("MmsScanNotFound", MmsErrorKind.NotFound);

        // Work that ends badly and waits that run out. The poller (Pipeline/Poller.cs) raises WaitTimeout for anything it
        // waits on; AsyncTaskFailed is for any asynchronous task that fails.
        public static readonly MmsErrorId JobFailed = new MmsErrorId("MmsJobFailed", MmsErrorKind.OperationFailed);
        public static readonly MmsErrorId AsyncTaskFailed = new MmsErrorId("MmsAsyncTaskFailed", MmsErrorKind.OperationFailed);
        public static readonly MmsErrorId WaitTimeout = new MmsErrorId("MmsWaitTimeout", MmsErrorKind.Timeout);
        /// <summary>
        /// A create, trigger or change was accepted, but a read after it (its asynchronous task, the read-back, the jobs a
        /// timer run started) failed: the object exists, and the error names the command that reads it.
        /// </summary>
        public static readonly MmsErrorId FollowUpReadFailed = new MmsErrorId("MmsFollowUpReadFailed", MmsErrorKind.ServerError);

        // Cmdlet input.
        public static readonly MmsErrorId ConflictingColumnFilter = new MmsErrorId("MmsConflictingColumnFilter", MmsErrorKind.InvalidRequest);

        // Input the module can name precisely instead of PowerShell's generic binding errors.
        /// <summary>An object a cmdlet cannot use, e.g. a string piped to Measure-MmsMigration.</summary>
        public static readonly MmsErrorId UnsupportedInput = new MmsErrorId("MmsUnsupportedInput", MmsErrorKind.InvalidRequest);
        /// <summary>An object piped to a cmdlet that none of its parameters takes, e.g. Get-MmsJob | Get-MmsTableColumn.</summary>
        public static readonly MmsErrorId PipelineInputNotSupported = new MmsErrorId("MmsPipelineInputNotSupported", MmsErrorKind.InvalidRequest);
        /// <summary>A pipeline row whose id is not a number (e.g. a CSV row with TableId "abc").</summary>
        public static readonly MmsErrorId InvalidInputId = new MmsErrorId("MmsInvalidInputId", MmsErrorKind.InvalidRequest);
        /// <summary>A well-formed region id the module does not know (a typo such as cn-hangzou), refused before any request.</summary>
        public static readonly MmsErrorId UnknownRegion = new MmsErrorId("MmsUnknownRegion", MmsErrorKind.InvalidRequest);

        // Reports (Export-MmsMigrationReport): the file conventions of Out-File and Export-Csv.
        /// <summary>The report's folder does not exist (it is never created on the user's behalf).</summary>
        public static readonly MmsErrorId ReportFolderNotFound = new MmsErrorId("MmsReportFolderNotFound", MmsErrorKind.NotFound);
        /// <summary>-NoClobber and the report file exists.</summary>
        public static readonly MmsErrorId ReportFileExists = new MmsErrorId("MmsReportFileExists", MmsErrorKind.InvalidRequest);
        /// <summary>The report file exists and is read-only; -Force replaces it.</summary>
        public static readonly MmsErrorId ReportFileReadOnly = new MmsErrorId("MmsReportFileReadOnly", MmsErrorKind.PermissionDenied);
        /// <summary>The file system refused the write (permissions, a full disk); nothing half-written is left.</summary>
        public static readonly MmsErrorId ReportWriteFailed = new MmsErrorId("MmsReportWriteFailed", MmsErrorKind.OperationFailed);
        /// <summary>-StatePath names no file.</summary>
        public static readonly MmsErrorId MigrationLedgerNotFound = new MmsErrorId("MmsMigrationLedgerNotFound", MmsErrorKind.NotFound);

        // The set-up side: destinations, data sources, metadata scans, timers.
        /// <summary>A Set- cmdlet was given nothing to change.</summary>
        public static readonly MmsErrorId NothingToChange = new MmsErrorId("MmsNothingToChange", MmsErrorKind.InvalidRequest);
        /// <summary>Set-MmsTable -DestinationName for more than one table: every table would get the same name.</summary>
        public static readonly MmsErrorId DestinationNameForManyTables = new MmsErrorId("MmsDestinationNameForManyTables", MmsErrorKind.InvalidRequest);
        public static readonly MmsErrorId DataSourceConfigKeyUnknown = new MmsErrorId("MmsDataSourceConfigKeyUnknown", MmsErrorKind.InvalidRequest);
        public static readonly MmsErrorId DataSourceConfigValueInvalid = new MmsErrorId("MmsDataSourceConfigValueInvalid", MmsErrorKind.InvalidRequest);
        public static readonly MmsErrorId DataSourceConfigRequired = new MmsErrorId("MmsDataSourceConfigRequired", MmsErrorKind.InvalidRequest);
        /// <summary>Set-MmsDataSource -Test: the connection test ended FAILED.</summary>
        public static readonly MmsErrorId DataSourceTestFailed = new MmsErrorId("MmsDataSourceTestFailed", MmsErrorKind.OperationFailed);
        /// <summary>Set-MmsDataSource: the asynchronous update ended FAILED.</summary>
        public static readonly MmsErrorId DataSourceUpdateFailed = new MmsErrorId("MmsDataSourceUpdateFailed", MmsErrorKind.OperationFailed);
        /// <summary>New-MmsJob without -DestinationProject for a table (or partition) that has no destination of its own.</summary>
        public static readonly MmsErrorId DestinationMissing = new MmsErrorId("MmsDestinationMissing", MmsErrorKind.InvalidRequest);
        /// <summary>Restart-MmsJob/Restart-MmsTask without -Force for failed work whose tables later jobs have migrated since.</summary>
        public static readonly MmsErrorId Superseded = new MmsErrorId("MmsSuperseded", MmsErrorKind.InvalidRequest);
        public static readonly MmsErrorId MetadataScanFailed = new MmsErrorId("MmsMetadataScanFailed", MmsErrorKind.OperationFailed);

        // Whole migration runs (Invoke-MmsMigration).
        /// <summary>Another process holds the run's ledger lock: the run is going on there, so this one sends nothing.</summary>
        public static readonly MmsErrorId MigrationInProgress = new MmsErrorId("MmsMigrationInProgress", MmsErrorKind.Conflict);
        /// <summary>A job of the run is still FAILED after its last attempt.</summary>
        public static readonly MmsErrorId MigrationJobFailed = new MmsErrorId("MmsMigrationJobFailed", MmsErrorKind.OperationFailed);
        /// <summary>The service refused to create a job of the run (its asynchronous creation ended FAILED).</summary>
        public static readonly MmsErrorId MigrationJobNotCreated = new MmsErrorId("MmsMigrationJobNotCreated", MmsErrorKind.OperationFailed);
        /// <summary>A table in scope has no destination project: not -DestinationProject, not -DestinationMap, not its own.</summary>
        public static readonly MmsErrorId MigrationTableNoDestination = new MmsErrorId("MmsMigrationTableNoDestination", MmsErrorKind.InvalidRequest);
        /// <summary>The -StatePath file exists but is not a ledger this module can read.</summary>
        public static readonly MmsErrorId MigrationLedgerUnreadable = new MmsErrorId("MmsMigrationLedgerUnreadable", MmsErrorKind.Unreadable);
        /// <summary>The ledger belongs to another run (other name or source) than the one asked for.</summary>
        public static readonly MmsErrorId MigrationLedgerMismatch = new MmsErrorId("MmsMigrationLedgerMismatch", MmsErrorKind.InvalidRequest);
    }
}
