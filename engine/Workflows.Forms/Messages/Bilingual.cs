namespace Workflows.Forms.Messages;

/// <summary>A message in Simplified Chinese and English.</summary>
internal readonly record struct Bilingual(string Zh, string En);
