using Workflows.Model.Definitions;

namespace Workflows.Runtime.Organisation;

/// <summary>Loads a directory from disk: a JSON file, or a folder holding <c>units.csv</c> and (optionally) <c>users.csv</c>.</summary>
public static class OrganisationFiles
{
    public static OrganisationLoadResult Load(string path, Programme? programme = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            var unitsPath = Path.Combine(path, "units.csv");
            if (!File.Exists(unitsPath))
            {
                return new OrganisationLoadResult(null, [new(OrganisationErrorCodes.MissingField, $"目录 {path} 中没有 units.csv", $"There is no units.csv in {path}", path)]);
            }

            var usersPath = Path.Combine(path, "users.csv");
            using var units = File.OpenText(unitsPath);
            using var users = File.Exists(usersPath) ? File.OpenText(usersPath) : null;
            return OrganisationCsvReader.Read(units, users, programme);
        }

        if (!File.Exists(path))
        {
            return new OrganisationLoadResult(null, [new(OrganisationErrorCodes.Syntax, $"找不到文件 {path}", $"File not found: {path}", path)]);
        }

        return OrganisationJsonReader.Read(File.ReadAllText(path), programme);
    }
}
