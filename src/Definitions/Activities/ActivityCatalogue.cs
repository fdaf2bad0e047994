namespace TthcFlow.Definitions.Activities;

/// <summary>
/// The activity types TthcFlow knows (danh mục hoạt động): the designer's palette and the
/// compiler's table. <see cref="Default"/> holds Elsa's control-flow activities and TthcFlow's
/// procedure steps; other types in a definition are kept but not executable.
/// </summary>
public sealed class ActivityCatalogue
{
    private readonly Dictionary<string, ActivityType> _byType;

    public ActivityCatalogue(IEnumerable<ActivityType> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        Types = types.ToList();
        _byType = new Dictionary<string, ActivityType>(StringComparer.Ordinal);
        foreach (var type in Types)
        {
            if (!_byType.TryAdd(type.Type, type))
                throw new ArgumentException($"Activity type '{type.Type}' is listed twice.", nameof(types));
        }

        Descriptors = Types.Select(t => t.Descriptor).ToList();
    }

    /// <summary>Elsa's activities TthcFlow executes and TthcFlow's own.</summary>
    public static ActivityCatalogue Default { get; } = new(
    [
        new FlowchartActivity(), new StartActivity(), new FinishActivity(), new EndActivity(), new FaultActivity(),
        new WriteLineActivity(), new FlowDecisionActivity(), new FlowSwitchActivity(), new FlowForkActivity(),
        new FlowJoinActivity(), new DelayActivity(), new TimerActivity(), new SetVariableActivity(),
        new ReceiptActivity(), new OfficerStepActivity(), new TransferActivity(), new FinancialObligationActivity(),
        new ReturnResultActivity(),
    ]);

    public IReadOnlyList<ActivityType> Types { get; }

    /// <summary>The descriptors, in palette order.</summary>
    public IReadOnlyList<ActivityDescriptor> Descriptors { get; }

    /// <summary>The type of that name, or null when the catalogue does not know it.</summary>
    public ActivityType? Find(string type) => _byType.GetValueOrDefault(type);

    /// <summary>A catalogue with one more type (or a replacement for one of the same name).</summary>
    public ActivityCatalogue With(ActivityType type) => new(Types.Where(t => t.Type != type.Type).Append(type));
}
