using System.Text.Json.Nodes;
using Workflows.Model.Validation;
using Workflows.Runtime.Events;
using Workflows.Runtime.Organisation;
using Workflows.Runtime.State;

namespace Workflows.Runtime.Execution;

/// <summary>Instance and unit state: reads merge declared defaults with stored values; writes keep declared variables and log before/after.</summary>
internal sealed partial class CommandContext
{
    private Dictionary<string, UnitStateRecord>? _preloadedUnitStates;

    /// <summary>One variable of the unit's state: the stored value (this command's, else the store's), else the declared default. Read only.</summary>
    public JsonNode? UnitStateValue(OrgUnit unit, string variable)
    {
        if (StoredUnitState(unit.Id) is { } stored && stored.TryGetPropertyValue(variable, out var value))
        {
            return value;
        }

        return Plan.UnitDefaults.TryGetValue(unit.Type, out var defaults) ? defaults[variable] : null;
    }

    /// <summary>Assigns instance state variables; undeclared names are ignored and logged.</summary>
    public void SetState(JsonObject values, string source)
    {
        var before = new JsonObject();
        var after = new JsonObject();
        foreach (var (name, value) in values)
        {
            if (!Programme.InstanceState.ContainsKey(name))
            {
                Emit(EventKinds.EffectIgnored, source, null, null, EventJson.Of(new JsonObject { ["state"] = name }));
                continue;
            }

            var current = State[name];
            if (JsonEquivalence.AreEquivalent(current, value))
            {
                continue;
            }

            before[name] = current?.DeepClone();
            after[name] = value?.DeepClone();
            State[name] = value?.DeepClone();
        }

        if (after.Count > 0)
        {
            TouchInstance();
            Emit(EventKinds.StateChanged, source, null, EventJson.Of(before), EventJson.Of(after));
        }
    }

    /// <summary>Assigns a unit's state variables; names its type does not declare are ignored and logged.</summary>
    public void SetUnitState(OrgUnit unit, JsonObject values, string source)
    {
        var declared = Programme.UnitState.GetValueOrDefault(unit.Type);
        JsonObject? before = null;
        JsonObject? after = null;
        foreach (var (name, value) in values)
        {
            if (declared is null || !declared.ContainsKey(name))
            {
                Emit(EventKinds.EffectIgnored, source, unit.Id, null, EventJson.Of(new JsonObject { ["unitState"] = name }));
                continue;
            }

            var current = UnitStateValue(unit, name);
            if (JsonEquivalence.AreEquivalent(current, value))
            {
                continue;
            }

            (before ??= [])[name] = current?.DeepClone();
            (after ??= [])[name] = value?.DeepClone();
            WritableUnitState(unit.Id)[name] = value?.DeepClone();
        }

        if (after is not null)
        {
            SentriesMayChange = true;
            Emit(EventKinds.UnitStateChanged, unit.Id, unit.Id, EventJson.Of(before), EventJson.Of(after));
        }
    }

    /// <summary>The unit's stored state variables (this command's working copy, else the store's), without defaults; read only.</summary>
    public JsonObject? StoredUnitState(string unitId) =>
        _unitStates.TryGetValue(unitId, out var working) ? working : StoredUnitRecord(unitId)?.State;

    /// <summary>
    /// Reads every unit state of the instance in one store call, for a reader about to visit many units (metrics):
    /// later reads of unit state come from this snapshot instead of one store call per unit. Once per context.
    /// </summary>
    public void PreloadUnitStates()
    {
        if (_preloadedUnitStates is not null)
        {
            return;
        }

        var all = Store.UnitStates(InstanceId);
        var byUnit = new Dictionary<string, UnitStateRecord>(all.Count, StringComparer.Ordinal);
        foreach (var record in all)
        {
            byUnit[record.UnitId] = record;
        }

        _preloadedUnitStates = byUnit;
    }

    private UnitStateRecord? StoredUnitRecord(string unitId) =>
        _preloadedUnitStates is { } preloaded ? preloaded.GetValueOrDefault(unitId) : Store.FindUnitState(InstanceId, unitId);

    private JsonObject WritableUnitState(string unitId)
    {
        if (!_unitStates.TryGetValue(unitId, out var state))
        {
            var stored = Store.FindUnitState(InstanceId, unitId);
            state = stored?.State.DeepClone().AsObject() ?? [];
            _unitStates[unitId] = state;
            _storedUnitVersions[unitId] = stored?.Version ?? 0;
            _changedUnits.Add(unitId);
        }

        return state;
    }
}
