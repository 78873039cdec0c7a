using System.Collections.Frozen;
using Workflows.Forms;
using Workflows.Model.Definitions;
using Workflows.Model.Diagnostics;

namespace Workflows.Model.Validation;

/// <summary>Compiles each form's schema (it must itself be valid JSON Schema 2020-12) and checks its labels name real fields.</summary>
internal static class FormBinder
{
    public static FrozenDictionary<string, Form> Bind(BindingContext ctx)
    {
        var result = new Dictionary<string, Form>();
        foreach (var (id, wire) in ctx.Wire.Forms ?? [])
        {
            var at = Pointer.Of("forms", id);
            if (wire.Schema is null)
            {
                continue; // required by the language schema
            }

            var compilation = FormSchema.Compile(wire.Schema);
            if (!compilation.Success || compilation.Schema is null)
            {
                foreach (var e in compilation.Errors)
                {
                    ctx.Error(Pointer.Append(at, "schema") + e.Pointer, "form.schemaInvalid", $"表单“{id}”的结构定义无效：{e.MessageZh}", $"The schema of form '{id}' is not valid JSON Schema: {e.MessageEn}");
                }

                continue;
            }

            var labels = new Dictionary<string, Text>();
            foreach (var (path, text) in wire.Labels ?? [])
            {
                if (!compilation.Schema.HasField(path))
                {
                    ctx.Error(Pointer.Append(at, "labels", path), "form.labelField", $"标签指向不存在的字段“{path}”", $"The label names a field '{path}' the form does not have");
                }

                labels[path] = BindingContext.TextOf(text);
            }

            result[id] = new Form(id, BindingContext.TextOf(wire.Title), compilation.Schema, wire.Schema.DeepClone(), wire.Ui?.DeepClone(), labels);
        }

        return result.ToFrozenDictionary();
    }
}
