using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Nsfs.Generator;

/// <summary>Turns C names into C# identifiers.</summary>
internal static class Names
{
    /// <summary>The class name for a header: its include path in PascalCase (<c>linux/nsfs.h</c> → <c>LinuxNsfs</c>).</summary>
    public static string ClassNameFor(string includeName)
    {
        var name = includeName.EndsWith(".h", System.StringComparison.Ordinal) ? includeName.Substring(0, includeName.Length - 2) : includeName;
        var result = new StringBuilder();
        var upper = true;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                result.Append(upper ? char.ToUpper(c, CultureInfo.InvariantCulture) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        if (result.Length == 0 || char.IsDigit(result[0]))
        {
            result.Insert(0, "Header");
        }

        return result.ToString();
    }

    /// <summary>A C name as a C# identifier (<c>@</c>-escaped when it is a keyword).</summary>
    public static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>Escapes text for an XML doc comment.</summary>
    public static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>A C# string literal.</summary>
    public static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);
}
