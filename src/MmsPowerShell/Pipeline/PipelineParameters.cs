using System.Collections.Concurrent;
using System.Reflection;

namespace MmsPowerShell.Commands
{
    /// <summary>
    /// What a cmdlet type takes from the pipeline, read once from its [Parameter] attributes: which parameter sets bind
    /// an object by value or by property name, so <see cref="PipelineInputGuard"/> can tell, before PowerShell tries, whether
    /// an object will bind at all, and say in words what the cmdlet takes.
    /// </summary>
    internal sealed class PipelineParameters
    {
        private const string AllSets = ParameterAttribute.AllParameterSets;

        private static readonly ConcurrentDictionary<Type, PipelineParameters> Cache = new ConcurrentDictionary<Type, PipelineParameters>();

        private readonly List<Parameter> _parameters;
        private readonly List<string> _sets;

        private PipelineParameters(Type cmdletType)
        {
            CmdletType = cmdletType;
            var cmdlet = cmdletType.GetCustomAttribute<CmdletAttribute>();
            Verb = cmdlet?.VerbName ?? string.Empty;
            CommandName = cmdlet == null ? cmdletType.Name : cmdlet.VerbName + "-" + cmdlet.NounName;
            DefaultSet = cmdlet?.DefaultParameterSetName;
            OutputTypes = cmdletType.GetCustomAttributes<OutputTypeAttribute>()
                .SelectMany(output => output.Type).Select(name => name.Type).Where(type => type != null).ToList();
            // A property a cmdlet re-declares with "new" (other sets than its base's) hides the base's, as for PowerShell.
            _parameters = cmdletType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .GroupBy(property => property.Name, StringComparer.OrdinalIgnoreCase)
                .Select(same => same.OrderByDescending(property => Depth(property.DeclaringType)).First())
                .Select(Parameter.From).Where(parameter => parameter != null).Select(parameter => parameter!).ToList();
            _sets = _parameters.SelectMany(parameter => parameter.Sets.Keys).Where(set => set != AllSets).Distinct().ToList();
            if (_sets.Count == 0)
            {
                _sets.Add(AllSets);
            }
            if (DefaultSet != null && _sets.Remove(DefaultSet))
            {
                _sets.Insert(0, DefaultSet);
            }
            TakesPipelineInput = _parameters.Any(parameter => parameter.Sets.Values.Any(setting => setting.FromPipeline));
        }

        public static PipelineParameters For(Type cmdletType) => Cache.GetOrAdd(cmdletType, type => new PipelineParameters(type));

        public Type CmdletType { get; }

        public string CommandName { get; }

        public string Verb { get; }

        public string? DefaultSet { get; }

        public IReadOnlyList<Type> OutputTypes { get; }

        public bool TakesPipelineInput { get; }

        /// <summary>
        /// The parameters a set of <paramref name="setName"/>'s own would still require from the pipeline: every mandatory
        /// parameter in all sets that is not given on the command line. PowerShell would ask an object for them too.
        /// </summary>
        public IEnumerable<string> MandatoryInEverySet(ICollection<string> boundOnCommandLine) =>
            _parameters.Where(parameter => parameter.Sets.TryGetValue(AllSets, out Setting setting) && setting.Mandatory &&
                                           !boundOnCommandLine.Contains(parameter.Name))
                .Select(parameter => parameter.Name);

        /// <summary>
        /// Whether PowerShell can bind <paramref name="input"/> in some parameter set the command line leaves open: by
        /// value to a parameter of a type the object is (or converts to), or by property name, with every mandatory
        /// parameter of that set given. Errs towards yes: an object that has the right property names is PowerShell's to
        /// bind (a bad value there gets its own, specific error).
        /// </summary>
        public bool Binds(IPipelineInputShape input, ICollection<string> boundOnCommandLine)
        {
            // Types first without conversion (cheap, and what PowerShell tries first), then with it.
            return Binds(input, boundOnCommandLine, convert: false) || Binds(input, boundOnCommandLine, convert: true);
        }

        private bool Binds(IPipelineInputShape input, ICollection<string> boundOnCommandLine, bool convert)
        {
            foreach (string set in _sets)
            {
                if (!IsOpen(set, boundOnCommandLine))
                {
                    continue;
                }
                bool anyBound = false;
                bool mandatoryMissing = false;
                foreach (Parameter parameter in _parameters)
                {
                    if (boundOnCommandLine.Contains(parameter.Name) || !parameter.TryGetSetting(set, out Setting setting))
                    {
                        continue;
                    }
                    bool bound = (setting.ByPropertyName && parameter.Names.Any(input.HasProperty)) ||
                                 (setting.ByValue && input.Is(parameter.ElementType, convert));
                    if (bound)
                    {
                        anyBound = true;
                    }
                    else if (setting.Mandatory)
                    {
                        mandatoryMissing = true;
                        break;
                    }
                }
                if (anyBound && !mandatoryMissing)
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>Whether a parameter takes <paramref name="type"/> itself by value (not any object, as Measure-MmsMigration's does).</summary>
        public bool TakesByValue(Type type) =>
            _parameters.Any(parameter => parameter.ElementType != typeof(object) && parameter.ElementType != typeof(PSObject) &&
                                         parameter.ElementType.IsAssignableFrom(type) && parameter.Sets.Values.Any(setting => setting.ByValue));

        /// <summary>
        /// What the cmdlet takes from the pipeline, in words, e.g. "MmsTable objects or objects with SourceId and TableId".
        /// </summary>
        public string Describe()
        {
            var phrases = new List<string>();
            foreach (string set in _sets)
            {
                var byValue = new List<string>();
                var byName = new List<string>();
                var optionalByName = new List<string>();
                foreach (Parameter parameter in _parameters.OrderBy(parameter => parameter.TryGetSetting(set, out Setting inSet) ? inSet.Position : 0))
                {
                    if (!parameter.TryGetSetting(set, out Setting setting))
                    {
                        continue;
                    }
                    if (setting.ByValue && parameter.ElementType != typeof(object) && parameter.ElementType != typeof(PSObject))
                    {
                        byValue.Add(parameter.ElementType.Name + " objects");
                    }
                    if (setting.ByPropertyName)
                    {
                        (setting.Mandatory ? byName : optionalByName).Add(parameter.Name);
                    }
                }
                phrases.AddRange(byValue);
                if (byName.Count > 0)
                {
                    phrases.Add("objects with " + Join(byName, "and"));
                }
                else if (byValue.Count == 0 && optionalByName.Count > 0)
                {
                    phrases.Add("objects with " + Join(optionalByName, "or"));
                }
            }
            // Typed objects first: they are what a reader pipes most.
            List<string> distinct = phrases.Distinct().OrderBy(phrase => phrase.StartsWith("objects with", StringComparison.Ordinal)).ToList();
            return distinct.Count == 0 ? "nothing" : Join(distinct, "or");
        }

        private bool IsOpen(string set, ICollection<string> boundOnCommandLine) =>
            _parameters.All(parameter => !boundOnCommandLine.Contains(parameter.Name) || parameter.TryGetSetting(set, out _));

        private static int Depth(Type? type)
        {
            int depth = 0;
            for (; type != null; type = type.BaseType)
            {
                depth++;
            }
            return depth;
        }

        private static string Join(IList<string> items, string conjunction) =>
            items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " " + conjunction + " " + items[items.Count - 1];

        /// <summary>How one parameter binds in one set.</summary>
        private readonly struct Setting
        {
            public Setting(ParameterAttribute attribute)
            {
                Mandatory = attribute.Mandatory;
                ByValue = attribute.ValueFromPipeline;
                ByPropertyName = attribute.ValueFromPipelineByPropertyName;
                Position = attribute.Position;
            }

            /// <summary>The parameter's position, int.MinValue when it has none: names are listed in this order.</summary>
            public int Position { get; }

            public bool Mandatory { get; }

            public bool ByValue { get; }

            public bool ByPropertyName { get; }

            public bool FromPipeline => ByValue || ByPropertyName;
        }

        private sealed class Parameter
        {
            private Parameter(string name, IReadOnlyList<string> names, Type elementType, Dictionary<string, Setting> sets)
            {
                Name = name;
                Names = names;
                ElementType = elementType;
                Sets = sets;
            }

            public string Name { get; }

            /// <summary>The name and its aliases: PowerShell binds a property of any of them.</summary>
            public IReadOnlyList<string> Names { get; }

            /// <summary>The type one piped object must be: the element type of an array parameter.</summary>
            public Type ElementType { get; }

            public Dictionary<string, Setting> Sets { get; }

            public static Parameter? From(PropertyInfo property)
            {
                var attributes = property.GetCustomAttributes<ParameterAttribute>().ToList();
                if (attributes.Count == 0)
                {
                    return null;
                }
                var sets = new Dictionary<string, Setting>(StringComparer.OrdinalIgnoreCase);
                foreach (ParameterAttribute attribute in attributes)
                {
                    sets[attribute.ParameterSetName ?? AllSets] = new Setting(attribute);
                }
                var names = new List<string> { property.Name };
                names.AddRange(property.GetCustomAttributes<AliasAttribute>().SelectMany(alias => alias.AliasNames));
                Type type = property.PropertyType;
                return new Parameter(property.Name, names, type.IsArray ? type.GetElementType()! : type, sets);
            }

            /// <summary>How the parameter binds in <paramref name="set"/>: its own [Parameter] for that set, else its all-sets one.</summary>
            public bool TryGetSetting(string set, out Setting setting) =>
                Sets.TryGetValue(set, out setting) || Sets.TryGetValue(AllSets, out setting);
        }
    }

    /// <summary>What <see cref="PipelineParameters.Binds"/> asks of a piped object (or of a type, for advice).</summary>
    internal interface IPipelineInputShape
    {
        bool HasProperty(string name);

        /// <summary>Whether the object is a <paramref name="type"/>; with <paramref name="convert"/>, or converts to one as PowerShell would.</summary>
        bool Is(Type type, bool convert);
    }

    /// <summary>A piped object, seen as PowerShell's binder sees it (its adapted and extended properties included).</summary>
    internal sealed class PipelineObjectShape : IPipelineInputShape
    {
        private readonly PSObject _input;

        public PipelineObjectShape(PSObject input)
        {
            _input = input;
        }

        public bool HasProperty(string name) => _input.Properties[name] != null;

        public bool Is(Type type, bool convert)
        {
            object value = _input.BaseObject;
            if (type == typeof(object) || type == typeof(PSObject) || type.IsInstanceOfType(value))
            {
                return true;
            }
            if (value is IEnumerable items && !(value is string) && !(value is IDictionary))
            {
                // A collection piped as one object (,$partitions): PowerShell binds it to an array parameter item by item.
                bool any = false;
                foreach (object? item in items)
                {
                    if (item == null || !new PipelineObjectShape(PSObject.AsPSObject(item)).Is(type, convert))
                    {
                        return false;
                    }
                    any = true;
                }
                return any;
            }
            return convert && LanguagePrimitives.TryConvertTo(_input, type, CultureInfo.InvariantCulture, out object _);
        }
    }

    /// <summary>The objects a cmdlet writes, seen by their declared type: used only to suggest a pipeline.</summary>
    internal sealed class PipelineTypeShape : IPipelineInputShape
    {
        private readonly Type _type;

        public PipelineTypeShape(Type type)
        {
            _type = type;
        }

        public bool HasProperty(string name) =>
            _type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) != null;

        /// <summary>Only a parameter of the type itself: one that takes any object (Measure-MmsMigration's) is no advice.</summary>
        public bool Is(Type type, bool convert) => type != typeof(object) && type != typeof(PSObject) && type.IsAssignableFrom(_type);
    }
}
