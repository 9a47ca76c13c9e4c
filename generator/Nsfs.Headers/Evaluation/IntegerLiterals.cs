using System.Globalization;
using Nsfs.Headers.Lexing;
using Nsfs.Headers.Types;

namespace Nsfs.Headers.Evaluation;

/// <summary>Reads integer and character constants with the type C gives them (C11 6.4.4.1 and 6.4.4.4).</summary>
public static class IntegerLiterals
{
    /// <summary>Parses a pp-number as an integer constant.</summary>
    /// <exception cref="HeaderException">Not an integer constant, or too large.</exception>
    public static CValue ParseNumber(Token token, DataModel model)
    {
        var text = token.Text;
        var end = text.Length;
        while (end > 0 && "uUlL".IndexOf(text[end - 1]) >= 0)
        {
            end--;
        }

        var suffix = text.Substring(end).ToUpperInvariant();
        var digits = text.Substring(0, end);
        var isUnsigned = suffix.IndexOf('U') >= 0;
        var longs = suffix.Replace("U", string.Empty);
        if (suffix.Length - longs.Length > 1 || (longs != string.Empty && longs != "L" && longs != "LL"))
        {
            throw Invalid(token, "invalid integer suffix");
        }

        var (value, isDecimal) = ParseDigits(token, digits);
        var candidates = (isUnsigned, longs, isDecimal) switch
        {
            (true, "", _) => new[] { IntegerKind.UnsignedInt, IntegerKind.UnsignedLong, IntegerKind.UnsignedLongLong },
            (true, "L", _) => new[] { IntegerKind.UnsignedLong, IntegerKind.UnsignedLongLong },
            (true, _, _) => new[] { IntegerKind.UnsignedLongLong },
            (false, "", true) => new[] { IntegerKind.Int, IntegerKind.Long, IntegerKind.LongLong },
            (false, "", false) => new[] { IntegerKind.Int, IntegerKind.UnsignedInt, IntegerKind.Long, IntegerKind.UnsignedLong, IntegerKind.LongLong, IntegerKind.UnsignedLongLong },
            (false, "L", true) => new[] { IntegerKind.Long, IntegerKind.LongLong },
            (false, "L", false) => new[] { IntegerKind.Long, IntegerKind.UnsignedLong, IntegerKind.LongLong, IntegerKind.UnsignedLongLong },
            (false, _, true) => new[] { IntegerKind.LongLong },
            _ => new[] { IntegerKind.LongLong, IntegerKind.UnsignedLongLong },
        };

        foreach (var kind in candidates)
        {
            var bits = model.SizeOf(kind) * 8;
            var max = model.IsSigned(kind) ? (1UL << (bits - 1)) - 1 : (bits == 64 ? ulong.MaxValue : (1UL << bits) - 1);
            if (value <= max)
            {
                return new CValue(value, kind);
            }
        }

        // GCC gives an oversized decimal constant the type unsigned long long (with a warning).
        return new CValue(value, IntegerKind.UnsignedLongLong);
    }

    /// <summary>Parses a character constant as an <c>int</c>.</summary>
    /// <exception cref="HeaderException">Malformed or wide character constant.</exception>
    public static CValue ParseCharacter(Token token, DataModel model)
    {
        var text = token.Text;
        if (text.Length < 3 || text[0] != '\'' || text[text.Length - 1] != '\'')
        {
            throw Invalid(token, "only plain character constants such as 'f' are supported");
        }

        var body = text.Substring(1, text.Length - 2);
        long value = 0;
        var count = 0;
        for (var i = 0; i < body.Length; count++)
        {
            int c;
            if (body[i] != '\\')
            {
                c = body[i++];
            }
            else
            {
                c = ReadEscape(token, body, ref i);
            }

            value = (value << 8) | (uint)(c & 0xFF);
        }

        if (count == 1)
        {
            // A single char converts through (possibly signed) char to int.
            var single = (int)value;
            return CValue.Int(model.CharIsSigned && single > 127 ? single - 256 : single);
        }

        return CValue.Int(unchecked((int)value));
    }

    private static int ReadEscape(Token token, string body, ref int i)
    {
        i++;
        if (i >= body.Length)
        {
            throw Invalid(token, "incomplete escape sequence");
        }

        var c = body[i++];
        switch (c)
        {
            case 'n': return '\n';
            case 't': return '\t';
            case 'r': return '\r';
            case 'a': return 7;
            case 'b': return 8;
            case 'f': return 12;
            case 'v': return 11;
            case '\\': case '\'': case '"': case '?': return c;
            case 'x':
                var hex = 0;
                var digits = 0;
                while (i < body.Length && Uri.IsHexDigit(body[i]))
                {
                    hex = (hex * 16) + int.Parse(body[i++].ToString(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                    digits++;
                }

                return digits == 0 ? throw Invalid(token, "\\x used with no following hex digits") : hex;
            default:
                if (c >= '0' && c <= '7')
                {
                    var octal = c - '0';
                    for (var n = 0; n < 2 && i < body.Length && body[i] >= '0' && body[i] <= '7'; n++)
                    {
                        octal = (octal * 8) + (body[i++] - '0');
                    }

                    return octal;
                }

                throw Invalid(token, $"unknown escape sequence '\\{c}'");
        }
    }

    private static (ulong Value, bool IsDecimal) ParseDigits(Token token, string digits)
    {
        int radix;
        string body;
        if (digits.StartsWith("0x", System.StringComparison.OrdinalIgnoreCase))
        {
            radix = 16;
            body = digits.Substring(2);
        }
        else if (digits.StartsWith("0b", System.StringComparison.OrdinalIgnoreCase))
        {
            radix = 2;
            body = digits.Substring(2);
        }
        else if (digits.Length > 1 && digits[0] == '0')
        {
            radix = 8;
            body = digits.Substring(1);
        }
        else
        {
            radix = 10;
            body = digits;
        }

        if (body.Length == 0)
        {
            throw Invalid(token, $"'{token.Text}' is not an integer constant");
        }

        ulong value = 0;
        foreach (var c in body)
        {
            var digit = c >= '0' && c <= '9' ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                : 99;
            if (digit >= radix)
            {
                throw Invalid(token, $"'{token.Text}' is not an integer constant");
            }

            var next = unchecked((value * (ulong)radix) + (ulong)digit);
            if (value > (ulong.MaxValue - (ulong)digit) / (ulong)radix)
            {
                throw Invalid(token, $"integer constant '{token.Text}' is too large");
            }

            value = next;
        }

        return (value, radix == 10);
    }

    private static HeaderException Invalid(Token token, string message) => new(DiagnosticIds.InvalidExpression, message, token.Location);
}
