using TthcFlow.Definitions.Model;

namespace TthcFlow.Definitions.Activities;

/// <summary>
/// One activity type, in one class: it describes itself (<see cref="Descriptor"/>, from which the
/// designer's palette and property panel are generated) and compiles an activity's inputs into
/// typed settings, reporting what is missing or wrong. Adding a type is adding one such class to
/// the <see cref="ActivityCatalogue"/>.
/// </summary>
public abstract class ActivityType
{
    public abstract ActivityDescriptor Descriptor { get; }

    public string Type => Descriptor.Type;

    /// <summary>Reads the activity's inputs into settings; problems are reported to the context.</summary>
    public abstract ActivitySettings CompileSettings(Activity activity, SettingsContext context);

    /// <summary>The activity's ports: the static outcomes, or those its settings define.</summary>
    public virtual IReadOnlyList<string> Ports(ActivitySettings settings) => Descriptor.Outcomes;
}
