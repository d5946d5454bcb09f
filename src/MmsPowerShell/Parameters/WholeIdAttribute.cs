namespace MmsPowerShell.Commands
{
    /// <summary>
    /// Binds an id parameter that takes no <see cref="InputIdsAttribute"/> (a -SourceId, a -JobId filter, -PartitionId):
    /// a whole number from 1, given as a number or as text. PowerShell alone would round 1.5 to 2 and act on another
    /// object, and turn an empty CSV cell into 0 with a message that names neither the row nor the value.
    /// <para>A value that is not a whole number from 1 (1.5 typed or as text, an empty CSV cell, 0, digits of another script)
    /// binds as a negative placeholder that names the refused value, so the cmdlet can say which input row and value it was
    /// (<see cref="MmsCmdlet.AcceptIdCells"/>): from the command line the call ends in BeginProcessing before anything is
    /// sent, from the pipeline that row is skipped and the rest go on, exactly as with <see cref="InputIdsAttribute"/>.</para>
    /// </summary>
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class WholeIdAttribute : ArgumentTransformationAttribute
    {
        /// <summary>Refused texts on this thread (binding and ProcessRecord share the pipeline thread); placeholder -n is entry n-1.</summary>
        [ThreadStatic]
        private static List<string>? _refused;

        /// <summary>Refused texts kept at most; past it the oldest placeholders read as "(unknown)", never as another value.</summary>
        private const int MaxRefused = 4096;

        public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
        {
            object? data = Unwrap(inputData);
            if (data is IEnumerable list && !(data is string))
            {
                var ids = new List<long>();
                foreach (object? value in list)
                {
                    ids.Add(ToId(Unwrap(value)));
                }
                return ids.ToArray();
            }
            return ToId(data);
        }

        /// <summary>The text a placeholder stands for; null when <paramref name="id"/> is not a placeholder.</summary>
        internal static string? RefusedText(long id)
        {
            if (id >= 0)
            {
                return null;
            }
            long index = -id - 1;
            return _refused != null && index < _refused.Count ? _refused[(int)index] : "(unknown)";
        }

        private static long ToId(object? raw)
        {
            switch (raw)
            {
                case null:
                    return Placeholder(string.Empty);
                case string text:
                    return long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long parsed) && parsed >= 1
                        ? parsed
                        : Placeholder(text);
                case float _:
                case double _:
                case decimal _:
                case bool _:
                case char _:
                    // Refused as the text "1.5" is: converting would round 1.5 to 2 and act on another object.
                    return Placeholder(Convert.ToString(raw, CultureInfo.InvariantCulture) ?? string.Empty);
            }
            return LanguagePrimitives.TryConvertTo(raw, CultureInfo.InvariantCulture, out long id) && id >= 1
                ? id
                : Placeholder(Convert.ToString(raw, CultureInfo.InvariantCulture) ?? string.Empty);
        }

        private static long Placeholder(string text)
        {
            if (_refused == null || _refused.Count >= MaxRefused)
            {
                _refused = new List<string>();
            }
            _refused.Add(text);
            return -_refused.Count;
        }

        private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;
    }
}
