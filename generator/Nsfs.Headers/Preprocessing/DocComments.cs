using System.Collections.Generic;
using System.Linq;
using System.Text;
using Nsfs.Headers.Lexing;

namespace Nsfs.Headers.Preprocessing;

/// <summary>Finds the comment that documents a definition: the one directly above it, else one trailing on its line.</summary>
public static class DocComments
{
    /// <summary>
    /// The documentation for a definition spanning <paramref name="firstLine"/>..<paramref name="lastLine"/>:
    /// a comment trailing on its own line speaks of it alone, so it wins over a comment above, which
    /// often introduces a whole group ("cloning flags:").
    /// </summary>
    public static string? Find(IReadOnlyList<Comment> comments, int firstLine, int lastLine, int column)
    {
        var trailing = comments.Where(c => c.StartLine >= firstLine && c.StartLine <= lastLine && c.Column > column).ToList();
        if (trailing.Count > 0)
        {
            return Clean(trailing);
        }

        var above = new List<Comment>();
        var expectedEnd = firstLine - 1;
        for (var i = comments.Count - 1; i >= 0; i--)
        {
            var comment = comments[i];
            if (comment.EndLine == expectedEnd && comment.Column <= column + 1)
            {
                above.Insert(0, comment);
                if (comment.StartLine != comment.EndLine || !IsLineComment(comments, comment))
                {
                    break;
                }

                expectedEnd = comment.StartLine - 1;
            }
            else if (comment.EndLine < expectedEnd)
            {
                break;
            }
        }

        return above.Count > 0 ? Clean(above) : null;
    }

    private static bool IsLineComment(IReadOnlyList<Comment> comments, Comment comment) => comment.Text.IndexOf('\n') < 0;

    /// <summary>Strips comment decoration (leading <c>*</c>, kernel-doc markers) and joins lines.</summary>
    public static string? Clean(IEnumerable<Comment> comments)
    {
        var text = new StringBuilder();
        foreach (var comment in comments)
        {
            foreach (var raw in comment.Text.Split('\n'))
            {
                var line = raw.Trim();
                while (line.StartsWith("*", System.StringComparison.Ordinal))
                {
                    line = line.Substring(1).TrimStart();
                }

                if (line.Length == 0)
                {
                    continue;
                }

                if (text.Length > 0)
                {
                    text.Append(' ');
                }

                text.Append(line);
            }
        }

        return text.Length == 0 ? null : text.ToString();
    }
}
