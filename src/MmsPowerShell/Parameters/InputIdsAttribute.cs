namespace MmsPowerShell.Commands
{
    /// <summary>
    /// Turns the values given for an id array (numbers, or text such as a CSV cell) into ids. A value that is not a
    /// whole number from 1 would make PowerShell refuse the whole row with a generic binding error that names neither
    /// the row nor the value, ahead of the output of earlier rows; instead the row binds with no ids and the value is
    /// kept: the cmdlet takes it with <see cref="TakeRejectedValue"/> and hands it to <see cref="MmsCmdlet.AcceptInputIds"/>,
    /// which reports that row and value in its place in the output.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class InputIdsAttribute : ArgumentTransformationAttribute
    {
        /// <summary>The value refused by the last transformation on this thread (binding and ProcessRecord share the pipeline thread).</summary>
        [ThreadStatic]
        private static string? _rejected;

        public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
        {
            _rejected = null;
            var ids = new List<long>();
            foreach (object? value in Values(inputData))
            {
                object? raw = value is PSObject wrapped ? wrapped.BaseObject : value;
                if (!TryConvert(raw, out long id))
                {
                    _rejected = raw == null ? "(null)" : Convert.ToString(raw, CultureInfo.InvariantCulture) ?? string.Empty;
                    return new long[0];
                }
                ids.Add(id);
            }
            return ids.ToArray();
        }

        /// <summary>
        /// The value the last binding on this thread refused (binding and ProcessRecord share the pipeline thread), once;
        /// null when it refused none. Call it in the ProcessRecord of the row it belongs to.
        /// </summary>
        internal static string? TakeRejectedValue()
        {
            string? rejected = _rejected;
            _rejected = null;
            return rejected;
        }

        private static IEnumerable Values(object inputData)
        {
            object data = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            return data is IEnumerable list && !(data is string) ? list : new[] { data };
        }

        private static bool TryConvert(object? raw, out long id)
        {
            switch (raw)
            {
                case long number:
                    id = number;
                    return id >= 1;
                case int number:
                    id = number;
                    return id >= 1;
            }
            id = 0;
            if (raw is float || raw is double || raw is decimal)
            {
                // Refused as the text "1.5" is: converting would round 1.5 to 2 and act on another object.
                return false;
            }
            if (raw is string text)
            {
                return long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out id) && id >= 1;
            }
            if (raw == null || !LanguagePrimitives.TryConvertTo(raw, CultureInfo.InvariantCulture, out id))
            {
                return false;
            }
            return id >= 1;
        }
    }
}
