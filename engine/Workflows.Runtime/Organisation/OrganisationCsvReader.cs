using System.Globalization;
using System.Text.Json.Nodes;
using CsvHelper;
using Workflows.Model.Definitions;

namespace Workflows.Runtime.Organisation;

/// <summary>
/// Reads <c>units.csv</c> (<c>id,type,name_zh,name_en,parent,code</c>; any further column becomes an attribute, numbers
/// and booleans typed) and <c>users.csv</c> (<c>id,name,unit,role</c>, one row per role held). Problems carry the file
/// name and 1-based line.
/// </summary>
public static class OrganisationCsvReader
{
    private static readonly string[] UnitColumns = ["id", "type", "name_zh", "name_en", "parent", "code"];

    public static OrganisationLoadResult Read(TextReader units, TextReader? users, Programme? programme = null, string unitsName = "units.csv", string usersName = "users.csv")
    {
        ArgumentNullException.ThrowIfNull(units);
        var builder = new OrganisationBuilder();
        ReadUnits(units, unitsName, builder);
        if (users is not null)
        {
            ReadUsers(users, usersName, builder);
        }

        return builder.Build(programme);
    }

    private static void ReadUnits(TextReader text, string file, OrganisationBuilder builder)
    {
        using var csv = CsvReader.Create(text, Options, leaveOpen: true);
        if (!ReadHeader(csv, file, ["id", "type", "name_zh"], builder, out var header))
        {
            return;
        }

        var extra = header.Where(h => !UnitColumns.Contains(h, StringComparer.Ordinal)).ToArray();
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            var at = $"{file}:{line}";
            var id = Field(csv, "id");
            var type = Field(csv, "type");
            if (id is null || type is null)
            {
                builder.AddError(new(OrganisationErrorCodes.MissingField, "缺少 id 或 type", "Missing id or type", at, line));
                continue;
            }

            var attributes = new JsonObject();
            foreach (var column in extra)
            {
                if (Field(csv, column) is { } value)
                {
                    attributes[column] = Typed(value);
                }
            }

            var name = new Text(Field(csv, "name_zh") ?? id, Field(csv, "name_en"));
            builder.AddUnit(new OrgUnit(id, type, name, Field(csv, "parent"), Field(csv, "code"), attributes), at, line);
        }
    }

    private static void ReadUsers(TextReader text, string file, OrganisationBuilder builder)
    {
        using var csv = CsvReader.Create(text, Options, leaveOpen: true);
        if (!ReadHeader(csv, file, ["id", "unit", "role"], builder, out _))
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            var at = $"{file}:{line}";
            var id = Field(csv, "id");
            var unit = Field(csv, "unit");
            var role = Field(csv, "role");
            if (id is null)
            {
                builder.AddError(new(OrganisationErrorCodes.MissingField, "缺少 id", "Missing id", at, line));
                continue;
            }

            // One row per role held: the first row of a user introduces them.
            if (seen.Add(id))
            {
                builder.AddUser(id, Field(csv, "name") ?? id, at, line);
            }

            if (unit is not null && role is not null)
            {
                builder.AddRole(id, new RoleGrant(unit, role), at, line);
            }
            else if (unit is not null || role is not null)
            {
                builder.AddError(new(OrganisationErrorCodes.MissingField, "unit 与 role 必须同时填写", "unit and role go together", at, line));
            }
        }
    }

    private static bool ReadHeader(CsvReader csv, string file, string[] required, OrganisationBuilder builder, out string[] header)
    {
        header = [.. csv.Headers];
        if (header.Length == 0)
        {
            builder.AddError(new(OrganisationErrorCodes.MissingField, $"{file} 没有表头", $"{file} has no header row", $"{file}:1", 1));
            return false;
        }

        var present = header;
        var missing = required.Where(r => !present.Contains(r, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            var list = string.Join(", ", missing);
            builder.AddError(new(OrganisationErrorCodes.MissingField, $"{file} 缺少列：{list}", $"{file} lacks column(s): {list}", $"{file}:1", 1));
            return false;
        }

        return true;
    }

    // Comma-separated by contract (no detection, so a one-column file is not misread); line numbers for every error.
    private static readonly CsvReaderOptions Options = new()
    {
        Separator = ',',
        TrackLineNumbers = true,
        TrimWhitespace = true,
    };

    private static string? Field(CsvReader csv, string name) =>
        csv.TryGetFieldIndex(name, out var index) && index < csv.FieldCount && csv.GetStringOrNull(index) is { Length: > 0 } value ? value : null;

    private static JsonValue Typed(string value)
    {
        if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l))
        {
            return JsonValue.Create(l);
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return JsonValue.Create(d);
        }

        return value switch
        {
            "true" => JsonValue.Create(true),
            "false" => JsonValue.Create(false),
            _ => JsonValue.Create(value),
        };
    }
}
