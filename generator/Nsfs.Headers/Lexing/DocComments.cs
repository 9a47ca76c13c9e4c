using System.Text;

namespace Nsfs.Headers.Lexing;

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
        // Comments are in source order and never overlap, so both searches start at the first comment
        // on or after firstLine: a lookup costs the comments it returns, not the file's.
        var first = FirstStartingAtOrAfter(comments, firstLine);
        List<Comment>? trailing = null;
        for (var i = first; i < comments.Count && comments[i].StartLine <= lastLine; i++)
        {
            if (comments[i].Column > column)
            {
                (trailing ??= new List<Comment>()).Add(comments[i]);
            }
        }

        if (trailing is not null)
        {
            return Clean(trailing);
        }

        var above = new List<Comment>();
        var expectedEnd = firstLine - 1;
        for (var i = first - 1; i >= 0; i--)
        {
            var comment = comments[i];
            if (comment.EndLine == expectedEnd && comment.Column <= column + 1)
            {
                above.Insert(0, comment);
                if (comment.StartLine != comment.EndLine || !IsLineComment(comment))
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

    private static int FirstStartingAtOrAfter(IReadOnlyList<Comment> comments, int line)
    {
        var low = 0;
        var high = comments.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (comments[middle].StartLine < line)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static bool IsLineComment(Comment comment) => comment.Text.IndexOf('\n') < 0;

    /// <summary>Strips comment decoration (leading <c>*</c>, kernel-doc markers) and joins lines.</summary>
    public static string? Clean(IEnumerable<Comment> comments)
    {
        var text = new StringBuilder();
        foreach (var comment in comments)
        {
            var cleaned = comment.CleanedText ??= CleanOne(comment.Text);
            if (cleaned.Length == 0)
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(cleaned);
        }

        return text.Length == 0 ? null : text.ToString();
    }

    private static string CleanOne(string comment)
    {
        // Generated XML docs need no more; a longer comment is cut.
        var body = comment.Length > HeaderLimits.MaxDocumentationChars ? comment.Substring(0, HeaderLimits.MaxDocumentationChars) : comment;
        var text = new StringBuilder();
        foreach (var raw in body.Split('\n'))
        {
            // Index arithmetic, not repeated Substring: a line of 100 000 '*' stays linear.
            var start = 0;
            var end = raw.Length;
            while (end > start && char.IsWhiteSpace(raw[end - 1]))
            {
                end--;
            }

            while (start < end && (raw[start] == '*' || char.IsWhiteSpace(raw[start])))
            {
                start++;
            }

            if (start == end)
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(raw, start, end - start);
        }

        return text.ToString();
    }
}
