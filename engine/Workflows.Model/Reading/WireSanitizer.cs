using System.Collections;
using System.Reflection;

namespace Workflows.Model.Reading;

/// <summary>
/// Drops null entries from the maps and lists of a deserialized wire document (<c>"phases": {"a": null}</c>).
/// The schema has already reported them; removing them lets the semantic checks run on the rest without
/// guarding every element, so one pass still reports every other problem.
/// </summary>
internal static class WireSanitizer
{
    public static void Clean(object? wire, int depth = 0)
    {
        if (wire is null || depth > 32 || wire.GetType().Namespace != "Workflows.Model.Wire")
        {
            return;
        }

        foreach (var property in wire.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            switch (property.GetValue(wire))
            {
                case IDictionary map:
                    var nullKeys = map.Keys.Cast<object>().Where(k => map[k] is null).ToList();
                    foreach (var key in nullKeys)
                    {
                        map.Remove(key);
                    }

                    foreach (var value in map.Values)
                    {
                        CleanItem(value, depth);
                    }

                    break;
                case IList list when property.PropertyType.IsGenericType:
                    for (var i = list.Count - 1; i >= 0; i--)
                    {
                        // JSON values keep their nulls (an enum may allow null); ids and wire objects do not.
                        if (list[i] is null && !typeof(System.Text.Json.Nodes.JsonNode).IsAssignableFrom(list.GetType().GetGenericArguments()[0]))
                        {
                            list.RemoveAt(i);
                        }
                    }

                    foreach (var value in list)
                    {
                        CleanItem(value, depth);
                    }

                    break;
                case { } other:
                    Clean(other, depth + 1);
                    break;
            }
        }
    }

    private static void CleanItem(object? item, int depth)
    {
        if (item is IDictionary nested)
        {
            foreach (var key in nested.Keys.Cast<object>().Where(k => nested[k] is null).ToList())
            {
                nested.Remove(key);
            }

            foreach (var value in nested.Values)
            {
                Clean(value, depth + 1);
            }
        }
        else
        {
            Clean(item, depth + 1);
        }
    }
}
