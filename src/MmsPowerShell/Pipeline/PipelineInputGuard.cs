using System.Collections.ObjectModel;
using MmsPowerShell.Core.Errors;
using MmsPowerShell.Core.Text;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// Refuses an object piped to a cmdlet that takes nothing like it (Get-MmsJob | Get-MmsTableColumn) with one clear
    /// error that says what the cmdlet takes and where the object can go, instead of PowerShell's generic binding error
    /// once per object.
    /// </summary>
    /// <remarks>
    /// <para>How: when the cmdlet expects pipeline input it gets one hidden dynamic parameter, in a parameter set of its
    /// own, that takes any object by value. Its transformation decides, from the cmdlet's [Parameter] attributes
    /// (<see cref="PipelineParameters"/>), whether PowerShell could bind the object anywhere else; only when it could not
    /// does it hand back an <see cref="UnsupportedPipelineInput"/>, the one type the parameter binds. Everything that binds
    /// today is handed back untouched, fails the parameter's type and binds exactly as before. Not when the cmdlet expects no
    /// input, so help and Get-Command show no extra parameter or set.</para>
    /// <para>The cmdlet then calls <see cref="Refuses"/> first in ProcessRecord. The first object of each type is an
    /// error (ErrorId MmsPipelineInputNotSupported, InvalidArgument, the object as target); the other objects of that type
    /// are skipped with a verbose line only. Not a terminating error: the valid objects in the same pipeline still go
    /// through (one bad item never loses the rest), and -ErrorAction Stop still stops at the first.</para>
    /// <para>Where a set of its own would inherit a mandatory parameter in all sets that the command line did not give,
    /// the object could never bind there either: the cmdlet then gets no such parameter and PowerShell binds as before.</para>
    /// </remarks>
    internal sealed class PipelineInputGuard
    {
        internal const string ParameterName = "UnsupportedPipelineInput";
        internal const string SetName = "UnsupportedPipelineInput";

        private readonly PSCmdlet _cmdlet;
        private readonly PipelineParameters _parameters;
        private readonly HashSet<string> _refusedTypes = new HashSet<string>(StringComparer.Ordinal);
        private HashSet<string> _boundOnCommandLine = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private RuntimeDefinedParameter? _parameter;

        public PipelineInputGuard(PSCmdlet cmdlet)
        {
            _cmdlet = cmdlet;
            _parameters = PipelineParameters.For(cmdlet.GetType());
        }

        /// <summary>The hidden parameter, for IDynamicParameters.GetDynamicParameters; null when it does not apply.</summary>
        public RuntimeDefinedParameterDictionary? DynamicParameters()
        {
            InvocationInfo? invocation = _cmdlet.MyInvocation;
            if (invocation == null || !invocation.ExpectingInput || !_parameters.TakesPipelineInput)
            {
                return null;
            }
            // Dynamic parameters are asked for after the command line is bound: these are exactly its parameters.
            _boundOnCommandLine = new HashSet<string>(invocation.BoundParameters.Keys, StringComparer.OrdinalIgnoreCase);
            if (_parameters.MandatoryInEverySet(_boundOnCommandLine).Any())
            {
                return null;
            }
            var attributes = new Collection<Attribute>
            {
                new ParameterAttribute { Mandatory = true, ValueFromPipeline = true, ParameterSetName = SetName, DontShow = true },
                new RefuseUnboundInputAttribute(this),
            };
            _parameter = new RuntimeDefinedParameter(ParameterName, typeof(UnsupportedPipelineInput), attributes);
            return new RuntimeDefinedParameterDictionary { { ParameterName, _parameter } };
        }

        /// <summary>
        /// True when the current pipeline object is one the cmdlet does not take: it has been reported (once per type)
        /// and ProcessRecord must return at once.
        /// </summary>
        public bool Refuses()
        {
            if (_parameter == null || _cmdlet.ParameterSetName != SetName || !(_parameter.Value is UnsupportedPipelineInput refused))
            {
                return false;
            }
            string typeName = refused.TypeName;
            if (_refusedTypes.Add(typeName))
            {
                _cmdlet.WriteError(CreateError(refused));
            }
            else
            {
                _cmdlet.WriteVerbose("Skipped another " + typeName + ": " + _parameters.CommandName + " does not take it from the pipeline.");
            }
            return true;
        }

        private ErrorRecord CreateError(UnsupportedPipelineInput refused)
        {
            string typeName = refused.TypeName;
            string? advice = PipelineRoutes.Advise(refused.Input.BaseObject.GetType(), _parameters);
            string message = _parameters.CommandName + " takes " + _parameters.Describe() + " from the pipeline; it was given " +
                             Describe(refused.Input) + ". The other " + typeName + " objects piped to it are skipped without another error." +
                             (advice == null ? string.Empty : " " + advice);
            object target = refused.Input.BaseObject is PSCustomObject ? refused.Input : refused.Input.BaseObject;
            return ErrorRecords.Create(MmsErrorIds.PipelineInputNotSupported, message, target,
                advice ?? "Pipe " + _parameters.Describe() + " into " + _parameters.CommandName + ", or see: Get-Help " + _parameters.CommandName + " -Parameter *");
        }

        /// <summary>The object in a few words: its type, with a short value for text and numbers, the property names of a custom object.</summary>
        private static string Describe(PSObject input)
        {
            object value = input.BaseObject;
            if (value is string text)
            {
                string shown = text.Length > 40 ? text.Substring(0, 40) + "..." : text;
                return "the String '" + ServiceText.Sanitize(shown) + "'";
            }
            if (value.GetType().IsPrimitive)
            {
                return "the " + value.GetType().Name + " " + Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
            }
            if (value is PSCustomObject)
            {
                List<string> names = input.Properties.Select(property => property.Name).Take(6).ToList();
                return names.Count == 0 ? "an empty PSCustomObject" : "a PSCustomObject with " + ServiceText.Sanitize(string.Join(", ", names));
            }
            string name = value.GetType().Name;
            return ("AEIOU".IndexOf(name[0]) >= 0 || name.StartsWith("Mms", StringComparison.Ordinal) ? "an " : "a ") + name;
        }

        /// <summary>Decides, during binding, whether PowerShell could bind the object anywhere else (see the class remarks).</summary>
        private object Classify(object? inputData)
        {
            if (inputData == null || inputData is UnsupportedPipelineInput)
            {
                return inputData!;
            }
            PSObject input = PSObject.AsPSObject(inputData);
            if (input.BaseObject == null || _parameters.Binds(new PipelineObjectShape(input), _boundOnCommandLine))
            {
                return inputData;
            }
            return new UnsupportedPipelineInput(input);
        }

        private sealed class RefuseUnboundInputAttribute : ArgumentTransformationAttribute
        {
            private readonly PipelineInputGuard _guard;

            public RefuseUnboundInputAttribute(PipelineInputGuard guard)
            {
                _guard = guard;
            }

            public override object Transform(EngineIntrinsics engineIntrinsics, object inputData) => _guard.Classify(inputData);
        }
    }
}
