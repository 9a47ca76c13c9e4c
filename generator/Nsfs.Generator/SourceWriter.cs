using System.Text;

namespace Nsfs.Generator;

/// <summary>A small indenting text builder for generated source (cheaper and clearer than SyntaxFactory).</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public void Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _indent * 4);
        }

        _text.Append(line).Append('\n');
    }

    public void Open(string line)
    {
        Line(line);
        Line("{");
        _indent++;
    }

    public void Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
    }

    public void Summary(string? text, string? remarks = null)
    {
        Line("/// <summary>" + Names.Xml(text ?? string.Empty) + "</summary>");
        if (!string.IsNullOrEmpty(remarks))
        {
            Line("/// <remarks>" + remarks + "</remarks>");
        }
    }

    public override string ToString() => _text.ToString();
}
