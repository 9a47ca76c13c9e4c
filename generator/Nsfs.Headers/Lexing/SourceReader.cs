namespace Nsfs.Headers.Lexing;

/// <summary>Reads characters with line splicing (backslash-newline vanishes) and position tracking.</summary>
internal sealed class SourceReader
{
    private readonly string _text;
    private int _index;

    public SourceReader(string text)
    {
        _text = text;
        Line = 1;
        Column = 1;
        SkipSplices();
    }

    public int Line { get; private set; }

    public int Column { get; private set; }

    public bool AtEnd => _index >= _text.Length;

    public char Peek(int ahead = 0)
    {
        var index = _index;
        for (var i = 0; ; i++)
        {
            index = SkipSplicesFrom(index);
            if (index >= _text.Length)
            {
                return '\0';
            }

            if (i == ahead)
            {
                return _text[index];
            }

            index++;
        }
    }

    public char Next()
    {
        var c = _text[_index++];
        if (c == '\n')
        {
            Line++;
            Column = 1;
        }
        else
        {
            Column++;
        }

        SkipSplices();
        return c;
    }

    private void SkipSplices()
    {
        while (_index < _text.Length && _text[_index] == '\\')
        {
            var next = SkipSplicesFrom(_index);
            if (next == _index)
            {
                return;
            }

            // Each splice removes exactly one newline.
            _index = _text[_index + 1] == '\r' ? _index + 3 : _index + 2;
            Line++;
            Column = 1;
        }
    }

    // Skips one backslash-newline (optionally backslash-CR-LF) at index, repeatedly.
    private int SkipSplicesFrom(int index)
    {
        while (index < _text.Length && _text[index] == '\\')
        {
            if (index + 1 < _text.Length && _text[index + 1] == '\n')
            {
                index += 2;
            }
            else if (index + 2 < _text.Length && _text[index + 1] == '\r' && _text[index + 2] == '\n')
            {
                index += 3;
            }
            else
            {
                break;
            }
        }

        return index;
    }
}
