#!/usr/bin/env python3
"""Extract datamodel facts missing from datamodel/xenapi.json out of the xapi
OCaml sources (xapi-project/xen-api, ocaml/idl/*.ml) and print them as JSON.

Usage: python3 scripts/extract-overlay.py <xen-api git dir> [xenapi.json] > datamodel/overlay.json

Only facts are extracted (flags, defaults, relations); no source is copied.
The OCaml is read with a small tokenizer plus indentation-based binding
detection; every emitted name is checked against xenapi.json, and a summary
(counts, anomalies) is printed on stderr.
"""
import json
import os
import re
import subprocess
import sys

GIT_DIR = sys.argv[1] if len(sys.argv) > 1 else "."
HERE = os.path.dirname(os.path.abspath(__file__))
JSON_PATH = sys.argv[2] if len(sys.argv) > 2 else None
if JSON_PATH is None:
    for cand in (os.path.join(HERE, "..", "datamodel", "xenapi.json"),
                 "/work/shared/datamodel/xenapi.json"):
        if os.path.exists(cand):
            JSON_PATH = cand
            break

warnings = []


def warn(msg):
    warnings.append(msg)


def git(*args):
    return subprocess.run(["git", "--git-dir", GIT_DIR] + list(args),
                          check=True, capture_output=True, text=True).stdout


def show(path):
    return git("show", "HEAD:" + path)


# --------------------------------------------------------------------------
# Tokenizer (comments dropped; each token: (kind, text, line, col, value))
# --------------------------------------------------------------------------
TOKEN_RE = re.compile(r"""
   (?P<ws>\s+)
 | (?P<comment>\(\*)
 | (?P<str>")
 | (?P<qstr>\{[a-z_]*\|)
 | (?P<char>'(?:\\(?:[\\'"ntbr ]|[0-9]{3}|x[0-9a-fA-F]{2})|[^\\'\n])')
 | (?P<label>[~?][a-z_][A-Za-z0-9_']*:?)
 | (?P<variant>`[A-Za-z_][A-Za-z0-9_']*)
 | (?P<num>-?[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][+-]?[0-9]+)?[lLn]?)
 | (?P<ident>[A-Za-z_][A-Za-z0-9_']*(?:\.[A-Za-z_][A-Za-z0-9_']*)*)
 | (?P<tyvar>'[a-z_][A-Za-z0-9_']*)
 | (?P<punct>->|\|>|::|:=|<-|==|!=|<>|<=|>=|&&|\|\||;;|[()\[\]{};,=@|:+*/<>^.!&$%#-])
 | (?P<other>.)
""", re.X | re.S)


def read_string(src, i):
    """src[i] is just after the opening quote; return (value, index after closing quote)."""
    out = []
    while True:
        c = src[i]
        if c == '"':
            return "".join(out), i + 1
        if c == "\\":
            n = src[i + 1]
            if n == "\n":  # line continuation: skip newline and leading blanks
                i += 2
                while src[i] in " \t":
                    i += 1
                continue
            esc = {"n": "\n", "t": "\t", "\\": "\\", '"': '"', "'": "'", "r": "\r", "b": "\b", " ": " "}
            if n in esc:
                out.append(esc[n])
                i += 2
                continue
            if n.isdigit():
                out.append(chr(int(src[i + 1:i + 4])))
                i += 4
                continue
            out.append(n)
            i += 2
            continue
        out.append(c)
        i += 1


def skip_comment(src, i):
    """src[i:i+2] == '(*'; return index after the matching '*)' (nested, strings lexed)."""
    depth = 0
    while i < len(src):
        if src.startswith("(*", i):
            depth += 1
            i += 2
        elif src.startswith("*)", i):
            depth -= 1
            i += 2
            if depth == 0:
                return i
        elif src[i] == '"':
            _, i = read_string(src, i + 1)
        elif src[i] == "'" and re.match(r"'(\\.|[^\\'])'", src[i:i + 4]):
            i += 3 if src[i + 1] != "\\" else 4
        else:
            i += 1
    raise ValueError("unterminated comment")


def tokenize(src):
    toks = []
    i = 0
    line_starts = [0]
    for m in re.finditer("\n", src):
        line_starts.append(m.end())
    import bisect

    def pos(k):
        ln = bisect.bisect_right(line_starts, k) - 1
        return ln + 1, k - line_starts[ln]

    while i < len(src):
        m = TOKEN_RE.match(src, i)
        kind = m.lastgroup
        if kind == "ws":
            i = m.end()
            continue
        if kind == "comment":
            i = skip_comment(src, i)
            continue
        ln, col = pos(i)
        if kind == "str":
            val, j = read_string(src, i + 1)
            toks.append(("str", src[i:j], ln, col, val))
            i = j
            continue
        if kind == "qstr":
            delim = "|" + m.group("qstr")[1:-1] + "}"
            j = src.index(delim, m.end())
            toks.append(("str", src[i:j + len(delim)], ln, col, src[m.end():j]))
            i = j + len(delim)
            continue
        toks.append((kind, m.group(0), ln, col, m.group(0)))
        i = m.end()
    return toks


OPEN = {"(": ")", "[": "]", "{": "}"}
CLOSE = {")", "]", "}"}
BLOCK_OPEN = {"struct", "sig", "begin", "object"}


class Src:
    def __init__(self, name, text):
        self.name = name
        self.toks = tokenize(text)
        self._match = {}
        stack = []
        for k, t in enumerate(self.toks):
            if t[0] == "punct" and t[1] in OPEN:
                stack.append(k)
            elif t[0] == "punct" and t[1] in CLOSE:
                o = stack.pop()
                self._match[o] = k
        assert not stack, name

    def t(self, k):
        return self.toks[k][1]

    def skip_group(self, k):
        """k at an opening bracket -> index after the matching close."""
        return self._match[k] + 1

    def value_end(self, k):
        """End (exclusive) of a single argument value starting at k."""
        tok = self.toks[k]
        if tok[0] == "punct" and tok[1] in OPEN:
            return self.skip_group(k)
        if tok[0] == "ident" and tok[1][0].isupper() and k + 1 < len(self.toks) \
                and self.toks[k + 1][1] in OPEN and self.toks[k + 1][0] == "punct" \
                and self.toks[k + 1][2] == tok[2] and False:
            return self.skip_group(k + 1)
        return k + 1


# --------------------------------------------------------------------------
# Scopes and bindings
# --------------------------------------------------------------------------
class Scope:
    def __init__(self, src, name, start, end, parent=None):
        self.src, self.name, self.start, self.end, self.parent = src, name, start, end, parent
        self.bindings = []  # (name, let_index, body_start, body_end, params_tokens)
        self.submodules = {}


def block_end(src, k):
    """k is index of 'struct'/'sig'/...; return index of the matching 'end'."""
    depth = 0
    for j in range(k, len(src.toks)):
        tk = src.toks[j]
        if tk[0] == "ident" and tk[1] in BLOCK_OPEN:
            depth += 1
        elif tk[0] == "ident" and tk[1] == "end":
            depth -= 1
            if depth == 0:
                return j
    raise ValueError("no end")


STOP_WORDS = {"let", "module", "end", "type", "open", "include", "exception", "and"}


def build_scope(src, name, start, end, parent=None):
    sc = Scope(src, name, start, end, parent)
    toks = src.toks
    # the indentation column of this scope's items = column of first token
    if start >= end:
        return sc
    col0 = toks[start][3]
    k = start
    while k < end:
        tk = toks[k]
        if tk[0] == "ident" and tk[3] == col0 and tk[1] == "module" and toks[k + 2][1] == "=" \
                and toks[k + 3][1] == "struct":
            e = block_end(src, k + 3)
            sub = build_scope(src, toks[k + 1][1], k + 4, e, sc)
            sc.submodules[toks[k + 1][1]] = sub
            k = e + 1
            continue
        if tk[0] == "ident" and tk[3] == col0 and tk[1] == "let":
            j = k + 1
            if toks[j][1] == "rec":
                j += 1
            bname = toks[j][1]
            # find '=' that ends the binding head (depth 0)
            m = j + 1
            while not (toks[m][0] == "punct" and toks[m][1] == "="):
                if toks[m][0] == "punct" and toks[m][1] in OPEN:
                    m = src.skip_group(m)
                else:
                    m += 1
            params = toks[j + 1:m]
            # body: until next token at col <= col0 that starts an item
            b = m + 1
            while b < end and not (toks[b][3] <= col0 and toks[b][0] == "ident"
                                   and toks[b][1] in STOP_WORDS and toks[b][2] > toks[m][2]):
                b += 1
            sc.bindings.append((bname, k, m + 1, b, params))
            k = b
            continue
        k += 1
    return sc


def lookup(scope, name, before=None):
    """Resolve an identifier (possibly dotted) to (scope, binding)."""
    parts = name.split(".")
    sc = scope
    while sc is not None:
        target = sc
        ok = True
        for p in parts[:-1]:
            if p in target.submodules:
                target = target.submodules[p]
            else:
                ok = False
                break
        if ok:
            cands = [b for b in target.bindings if b[0] == parts[-1]
                     and (before is None or target is not sc or b[1] < before)]
            if cands:
                return target, cands[-1]
        sc = sc.parent
    return None, None


# --------------------------------------------------------------------------
# Load sources
# --------------------------------------------------------------------------
IDL = "ocaml/idl/"
files = [f for f in git("ls-tree", "--name-only", "HEAD", IDL).split()
         if re.match(r"ocaml/idl/datamodel(_[a-z_0-9]+)?\.ml$", f)]
SKIP = {"datamodel_types.ml", "datamodel_utils.ml", "datamodel_errors.ml", "datamodel_roles.ml",
        "datamodel_values.ml", "datamodel_schema.ml", "datamodel_main.ml", "datamodel_lifecycle.ml"}
files = [f for f in files if os.path.basename(f) not in SKIP]
SRCS = {}
SCOPES = {}
for f in files:
    s = Src(f, show(f))
    SRCS[f] = s
    SCOPES[f] = build_scope(s, f, 0, len(s.toks))

COMMIT = git("rev-parse", "HEAD").strip()

# class-name constants: let _vm = "VM"
CONST = {}
for b in SCOPES[IDL + "datamodel_common.ml"].bindings:
    s = SRCS[IDL + "datamodel_common.ml"]
    if b[0].startswith("_") and b[3] - b[2] == 1 and s.toks[b[2]][0] == "str":
        CONST[b[0]] = s.toks[b[2]][4]

# OCaml constants used in defaults (ocaml/xapi-consts/constants.ml)
CONSTANTS = {}
for m in re.finditer(r"^let ([a-z_0-9]+) = ([^\n]+)$", show("ocaml/xapi-consts/constants.ml"), re.M):
    CONSTANTS["Constants." + m.group(1)] = m.group(2).strip()


def cls_name(src, k):
    tk = src.toks[k]
    if tk[0] == "str":
        return tk[4]
    if tk[1] in CONST:
        return CONST[tk[1]]
    n = tk[1].split(".")[-1]
    if n in CONST:
        return CONST[n]
    raise KeyError("class name " + tk[1])


def labeled_args(src, k, end_tok_pred):
    """Parse '~label:value' args at depth 0 from k until end_tok_pred(index) -> (dict, end)."""
    args = {}
    toks = src.toks
    while not end_tok_pred(k):
        tk = toks[k]
        if tk[0] == "label":
            lab = tk[1][1:].rstrip(":")
            if tk[1].endswith(":"):
                e = src.value_end(k + 1)
                args[lab] = (k + 1, e)
                k = e
            else:
                args[lab] = (k, k + 1)  # punned
                k += 1
        elif tk[0] == "punct" and tk[1] in OPEN:
            k = src.skip_group(k)
        else:
            k += 1
    return args, k


def is_unit(src, k):
    return src.toks[k][1] == "(" and src.toks[k + 1][1] == ")"


# --------------------------------------------------------------------------
# Messages
# --------------------------------------------------------------------------
class Msg:
    def __init__(self):
        self.name = None
        self.flags = ["Session", "Async"]
        self.vparams = []  # list of (src, scope, start, end) ranges holding versioned params
        self.where = ""
        self.db_only = False


def parse_msg(src, scope, start, end, depth=0):
    toks = src.toks
    k = start
    if toks[k][1] == "{" and toks[k + 2][1] == "with":
        sc2, b = lookup(scope, toks[k + 1][1], start)
        if b is None:
            raise KeyError("base msg " + toks[k + 1][1])
        base = parse_msg(src, sc2, b[2], b[3], depth + 1)
        m = Msg()
        m.__dict__.update(base.__dict__)
        m.vparams = list(base.vparams)
        close = src.skip_group(k) - 1
        j = k + 3
        while j < close:
            if toks[j][0] == "ident" and toks[j + 1][1] == "=":
                fld = toks[j][1]
                v = toks[j + 2]
                if fld == "msg_name":
                    m.name = v[4]
                elif fld == "msg_async":
                    if v[1] == "true":
                        m.flags = sorted(set(m.flags) | {"Async"})
                    else:
                        m.flags = [f for f in m.flags if f != "Async"]
                elif fld == "msg_session":
                    warn("msg_session override in %s" % m.name)
                elif fld == "msg_params":
                    m.vparams = [(src, scope, j + 2, src.value_end(j + 2))]
                elif fld == "msg_db_only":
                    m.db_only = v[1] == "true"
            if toks[j][0] == "punct" and toks[j][1] in OPEN:
                j = src.skip_group(j)
            else:
                j += 1
        m.where = "%s:%d (derived)" % (src.name, toks[k][2])
        return m
    if toks[k][0] == "ident" and toks[k][1].split(".")[-1] == "call":
        m = Msg()
        m.where = "%s:%d" % (src.name, toks[k][2])
        # a locally shadowed 'call' (partial application) contributes its args first
        sc2, b = lookup(scope, toks[k][1], start)
        if b is not None and b[0] == "call":
            pre, _ = labeled_args(src, b[2] + 1, lambda j: j >= b[3])
            if "flags" in pre:
                s, e = pre["flags"]
                m.flags = [src.toks[x][1][1:] for x in range(s, e) if src.toks[x][0] == "variant"]
        args, e = labeled_args(src, k + 1, lambda j: j >= end or is_unit(src, j))
        if "name" in args:
            s0, _ = args["name"]
            m.name = toks[s0][4] if toks[s0][0] == "str" else None
        if "flags" in args:
            s, e2 = args["flags"]
            m.flags = [toks[x][1][1:] for x in range(s, e2) if toks[x][0] == "variant"]
        if "db_only" in args:
            m.db_only = toks[args["db_only"][0]][1] == "true"
        if "versioned_params" in args:
            s, e2 = args["versioned_params"]
            m.vparams.append((src, scope, s, e2))
        return m
    if toks[k][0] == "ident" and depth < 5:
        # alias of another binding
        sc2, b = lookup(scope, toks[k][1], start)
        if b is not None and end - start == 1:
            return parse_msg(src, sc2, b[2], b[3], depth + 1)
    raise ValueError("cannot parse message at %s:%d (%s)" % (src.name, toks[k][2], toks[k][1]))


def render_value(src, k, e, ref_typed=False):
    """Render an api_value expression 'VCtor arg' the way gen_json renders field defaults.
    VRef ""/null_ref is rendered OpaqueRef:NULL (gen_json would print Null); a VString
    null_ref given to a Ref-typed parameter is rendered OpaqueRef:NULL too."""
    toks = src.toks
    ctor = toks[k][1]
    arg = toks[k + 1:e]
    if arg and arg[0][1] == "(" and arg[-1][1] == ")":
        arg = arg[1:-1]
    text = " ".join(a[1] for a in arg)
    if ctor == "VString":
        if arg[0][0] == "str":
            return '"%s"' % arg[0][4]
        if text == "null_ref":
            return "OpaqueRef:NULL" if ref_typed else '"OpaqueRef:NULL"'
    elif ctor == "VBool":
        v = CONSTANTS.get(text, text)
        if v in ("true", "false"):
            return v
    elif ctor == "VInt":
        v = CONSTANTS.get(text, text)
        if re.fullmatch(r"-?[0-9]+L", v):
            return str(int(v[:-1]))
    elif ctor == "VFloat":
        v = CONSTANTS.get(text, text)
        if re.fullmatch(r"-?[0-9]+\.[0-9]*", v):
            f = float(v)
            s = repr(f)
            return s[:-1] if s.endswith(".0") else s  # OCaml string_of_float: 1. / 0.5
    elif ctor == "VEnum":
        if arg[0][0] == "str":
            return arg[0][4]
    elif ctor == "VRef":
        if text in ('""', "null_ref"):
            return "OpaqueRef:NULL"
        if arg[0][0] == "str":
            return arg[0][4]
    elif ctor in ("VMap", "VSet"):
        if text == "[ ]":
            return "{}"
    elif ctor == "VDateTime":
        if text == "Date.epoch":
            return "19700101T00:00:00Z"
    raise ValueError("cannot render default %s %s" % (ctor, text))


def collect_param_records(src, scope, s, e, seen, out):
    toks = src.toks
    k = s
    while k < e:
        tk = toks[k]
        if tk[0] == "punct" and tk[1] == "{":
            close = src.skip_group(k) - 1
            rec = {}
            j = k + 1
            while j < close:
                if toks[j][0] == "ident" and toks[j + 1][1] == "=":
                    fld = toks[j][1]
                    vs = j + 2
                    ve = vs
                    while ve < close and toks[ve][1] != ";":
                        ve = src.skip_group(ve) if toks[ve][0] == "punct" and toks[ve][1] in OPEN else ve + 1
                    rec[fld] = (vs, ve)
                    j = ve
                else:
                    j = src.skip_group(j) if toks[j][0] == "punct" and toks[j][1] in OPEN else j + 1
            if "param_name" in rec:
                nm = toks[rec["param_name"][0]]
                if nm[0] != "str":
                    raise ValueError("non-literal param_name at %s:%d" % (src.name, nm[2]))
                default = None
                if "param_default" in rec:
                    ds, de = rec["param_default"]
                    if toks[ds][1] == "Some":
                        inner_s, inner_e = ds + 1, de
                        if toks[inner_s][1] == "(":
                            inner_s, inner_e = inner_s + 1, src.skip_group(inner_s) - 1
                        ref_typed = "param_type" in rec and toks[rec["param_type"][0]][1] == "Ref"
                        default = render_value(src, inner_s, inner_e, ref_typed)
                    elif toks[ds][1] != "None":
                        raise ValueError("param_default expr at %s:%d" % (src.name, toks[ds][2]))
                out.append((nm[4], default))
                k = close + 1
                continue
            k += 1
            continue
        if tk[0] == "ident" and tk[1] not in seen:
            sc2, b = lookup(scope, tk[1], k)
            if b is not None and any(t[1] == "param_name" for t in src.toks[b[2]:b[3]]):
                seen = seen | {tk[1]}
                collect_param_records(src, sc2, b[2], b[3], seen, out)
        k += 1


def param_defaults(m):
    out = []
    for (src, scope, s, e) in m.vparams:
        collect_param_records(src, scope, s, e, frozenset(), out)
    return out


# --------------------------------------------------------------------------
# Classes
# --------------------------------------------------------------------------
CLASSES = {}  # name -> dict


def bool_of(src, k):
    v = src.toks[k][1]
    if v not in ("true", "false"):
        raise ValueError("non-literal bool %s at %s:%d" % (v, src.name, src.toks[k][2]))
    return v == "true"


def handle_obj(src, scope, flags, msgs_range, where):
    name = flags["name"]
    if name in CLASSES:
        warn("class %s defined twice (%s, %s)" % (name, CLASSES[name]["where"], where))
    msgs = []
    s, e = msgs_range
    toks = src.toks
    for k in range(s, e):
        tk = toks[k]
        if tk[0] == "ident" and toks[k - 1][1] in ("[", ";", "@") and toks[k + 1][1] in ("]", ";", "@"):
            sc2, b = lookup(scope, tk[1], s)
            if b is None:
                raise KeyError("message binding %s for %s" % (tk[1], name))
            m = parse_msg(src, sc2, b[2], b[3])
            if m.name is None:
                raise ValueError("message without literal name %s" % tk[1])
            msgs.append(m)
        elif tk[0] == "ident" and tk[1] not in ("[", "]"):
            warn("unexpected token %s in messages list of %s" % (tk[1], name))
    flags["messages"] = msgs
    flags["where"] = where
    CLASSES[name] = flags


def walk_scope(sc):
    src = sc.src
    toks = src.toks
    for (bname, li, bs, be, params) in sc.bindings:
        for k in range(bs, be):
            tk = toks[k]
            if tk[0] == "ident" and tk[1] == "create_obj":
                args, _ = labeled_args(src, k + 1, lambda j: j >= be or is_unit(src, j))
                for need in ("name", "in_db", "persist", "gen_events", "gen_constructor_destructor", "messages"):
                    if need not in args:
                        raise KeyError("create_obj at %s:%d lacks %s" % (src.name, tk[2], need))
                fl = {
                    "name": cls_name(src, args["name"][0]),
                    "in_db": bool_of(src, args["in_db"][0]),
                    "persist": {"PersistEverything": True, "PersistNothing": False}[toks[args["persist"][0]][1]],
                    "gen_events": bool_of(src, args["gen_events"][0]),
                    "gen_constructor_destructor": bool_of(src, args["gen_constructor_destructor"][0]),
                }
                handle_obj(src, sc, fl, args["messages"], "%s:%d" % (src.name, tk[2]))
                OBJ_SPANS.append((src.name, k, _, fl["name"]))
            elif tk[0] == "ident" and tk[1] == "obj_lifecycle" and toks[k + 1][1] == "=" \
                    and toks[k - 1][1] == "{":
                # object given as a record literal (event)
                close = src.skip_group(k - 1) - 1
                rec = {}
                j = k
                while j < close:
                    if toks[j][0] == "ident" and toks[j + 1][1] == "=" and toks[j - 1][1] in ("{", ";"):
                        rec[toks[j][1]] = j + 2
                    j = src.skip_group(j) if toks[j][0] == "punct" and toks[j][1] in OPEN else j + 1
                fl = {
                    "name": cls_name(src, rec["name"]),
                    "in_db": bool_of(src, rec["in_database"]),
                    "persist": {"PersistEverything": True, "PersistNothing": False}[toks[rec["persist"]][1]],
                    "gen_events": bool_of(src, rec["gen_events"]),
                    "gen_constructor_destructor": bool_of(src, rec["gen_constructor_destructor"]),
                }
                ms = rec["messages"]
                handle_obj(src, sc, fl, (ms, src.skip_group(ms)), "%s:%d" % (src.name, tk[2]))
    for sub in sc.submodules.values():
        walk_scope(sub)


OBJ_SPANS = []  # (file, create_obj token, end of its arguments, class name)
for f, sc in SCOPES.items():
    walk_scope(sc)

# all_system / relations / lists in datamodel.ml
DM = SRCS[IDL + "datamodel.ml"]
DMS = SCOPES[IDL + "datamodel.ml"]


def top_binding(name):
    sc, b = lookup(DMS, name)
    if b is None:
        raise KeyError(name)
    return b


def class_list(name):
    b = top_binding(name)
    return [CONST[DM.toks[k][1]] for k in range(b[2], b[3]) if DM.toks[k][1] in CONST]


no_async = class_list("no_async_messages_for")
expose_get_all = set(class_list("expose_get_all_messages_for"))

b = top_binding("all_relations")
rel_raw = []
toks = DM.toks
for k in range(b[2], b[3]):
    # ( ( _a , "f" ) , ( _b , "g" ) )
    if toks[k][1] == "(" and toks[k + 1][1] == "(" and toks[k + 2][1] in CONST and toks[k + 4][0] == "str" \
            and toks[k + 6][1] == "," and toks[k + 7][1] == "(" and toks[k + 8][1] in CONST:
        rel_raw.append(((CONST[toks[k + 2][1]], toks[k + 4][4]), (CONST[toks[k + 8][1]], toks[k + 10][4])))

# --------------------------------------------------------------------------
# Protected map keys (field ~map_keys_roles): add_to_/remove_from_ of the field check
# "<wire name>/key:<key>" instead of the message's own permission when the key matches
# (ocaml/xapi/rbac.ml permission_of_action; gen_rbac.ml add_permission_to_roles).
# --------------------------------------------------------------------------
ROLES_SRC = show(IDL + "datamodel_roles.ml")
ROLE_NAMES = dict(re.findall(r'^let (role_[a-z_]+) = "([a-z-]+)"', ROLES_SRC, re.M))
ROLE_ORDER = [ROLE_NAMES[n] for n in re.findall(r"\(\s*(role_[a-z_]+)\s*,",
                                                ROLES_SRC[ROLES_SRC.index("let ordered"):])]
ROLE_SETS = {}
for name, role in re.findall(r"^let (_R_[A-Z_]+) = Some \(roles_gte (role_[a-z_]+)\)", ROLES_SRC, re.M):
    ROLE_SETS[name] = ROLE_ORDER[:ROLE_ORDER.index(ROLE_NAMES[role]) + 1]


def enclosing_class(fname, k):
    spans = [sp for sp in OBJ_SPANS if sp[0] == fname and sp[1] < k < sp[2]]
    return spans[-1][3] if spans else None


def parse_key_roles(src, k):
    """k at the value of ~map_keys_roles: a literal [("key", _R_X); ...] list."""
    toks = src.toks
    if toks[k][1] != "[":
        return None
    out = []
    end = src.skip_group(k) - 1
    j = k + 1
    while j < end:
        if toks[j][1] == "(" and toks[j + 1][0] == "str" and toks[j + 2][1] == "," \
                and toks[j + 3][1] in ROLE_SETS and toks[j + 4][1] == ")":
            out.append({"key": toks[j + 1][4], "roles": ROLE_SETS[toks[j + 3][1]]})
            j += 5
        elif toks[j][1] == ";":
            j += 1
        else:
            return None
    return out


map_keys = {}          # "Class.field" -> [{"key", "roles"}] in source order
message_key_sites = 0  # explicit messages carrying keys (their field's keys are what applies)
for fname, src in SRCS.items():
    toks = src.toks
    back = {v: o for o, v in src._match.items()}
    for k, tk in enumerate(toks):
        if tk[0] != "label" or tk[1] != "~map_keys_roles:":
            continue
        # the application this label belongs to: back to the list separator or opening bracket
        j = k - 1
        head = None
        while j >= 0:
            t = toks[j]
            if t[0] == "punct" and t[1] in CLOSE:
                j = back[j] - 1
                continue
            if t[0] == "punct" and (t[1] in OPEN or t[1] in (";", "=")):
                break
            if t[0] == "ident" and t[1] in ("field", "call"):
                head = j
            j -= 1
        if head is None or toks[head][1] == "call":
            message_key_sites += 1
            continue
        # the field name: its first positional string argument
        i = head + 1
        name = None
        while i < len(toks) and not (toks[i][0] == "punct" and (toks[i][1] in CLOSE or toks[i][1] == ";")):
            t = toks[i]
            if t[0] == "label" and t[1].endswith(":"):
                i = src.value_end(i + 1)
                continue
            if t[0] == "punct" and t[1] in OPEN:
                i = src.skip_group(i)
                continue
            if t[0] == "str":
                name = t[4]
                break
            i += 1
        cls = enclosing_class(fname, k)
        keys = parse_key_roles(src, k + 1)
        where = "%s:%d" % (fname, tk[2])
        if name is None or cls is None or keys is None:
            warn("map_keys_roles at %s: cannot resolve (field %s, class %s)" % (where, name, cls))
            continue
        map_keys["%s.%s" % (cls, name)] = keys

# --------------------------------------------------------------------------
# Cross-check with xenapi.json and emit
# --------------------------------------------------------------------------
api = json.load(open(JSON_PATH))
jclasses = {c["name"]: c for c in api}

out_classes = {}
absent_msgs = []  # hidden (hide_from_docs/internal) or newer than xenapi.json
async_msgs = []
defaults = {}
for cname, jc in sorted(jclasses.items()):
    if cname not in CLASSES:
        warn("class %s in xenapi.json not found in source" % cname)
        continue
    c = CLASSES[cname]
    out_classes[cname] = {
        "in_db": c["in_db"],
        "persist": c["persist"],
        "gen_events": c["gen_events"],
        "expose_get_all": cname in expose_get_all,
        "gen_constructor_destructor": c["gen_constructor_destructor"],
    }
    src_msgs = {}
    for m in c["messages"]:
        if m.name in src_msgs:
            warn("duplicate message %s.%s" % (cname, m.name))
        src_msgs[m.name] = m
    for jm in jc["messages"]:
        mname = jm["name"]
        wire = "%s.%s" % (cname, mname)
        if jm.get("implicit"):
            if mname in ("create", "destroy"):
                if not c["gen_constructor_destructor"]:
                    warn("implicit %s but gen_constructor_destructor=false" % wire)
                async_msgs.append(wire)
            continue
        m = src_msgs.get(mname)
        if m is None:
            warn("custom message %s not found in source" % wire)
            continue
        if m.db_only:
            warn("db_only message %s present in xenapi.json" % wire)
        if "Async" in m.flags:
            async_msgs.append(wire)
        jparams = [p["name"] for p in jm["params"]]
        if m.vparams:
            recs = param_defaults(m)
            names = [n for n, _ in recs]
            expect = [p for p in jparams if p != "session_id" or "Session" not in m.flags]
            if "Session" in m.flags:
                expect = jparams[1:]
            if names != expect:
                warn("param list mismatch for %s: source %s vs json %s" % (wire, names, expect))
            d = {n: v for n, v in recs if v is not None and n in jparams}
            # defaults must be trailing
            seen = False
            for n, v in recs:
                if v is not None:
                    seen = True
                elif seen:
                    warn("non-trailing default in %s" % wire)
            if d:
                defaults[wire] = d
    for n in src_msgs:
        if not any(jm["name"] == n for jm in jc["messages"]):
            absent_msgs.append("%s.%s" % (cname, n))

for n in sorted(CLASSES):
    if n not in jclasses:
        warn("source class %s absent from xenapi.json" % n)

relations = []
for (a, fa), (bcls, fb) in rel_raw:
    ok = True
    for cl, fld in ((a, fa), (bcls, fb)):
        wname = fld.replace("__", "_")
        if cl not in jclasses or not any(f["name"] == wname for f in jclasses[cl]["fields"]):
            warn("relation field %s.%s not in xenapi.json (skipped)" % (cl, fld))
            ok = False
    if ok:
        # Datamodel_utils.Relations.classify: how often each end mentions the other class.
        # (None, None) pairs (the self-pairs subject.roles, role.subroles) never reach the DB
        # schema's one_to_many/many_to_many tables, so they maintain nothing: skip them.
        def of_types(other, ty):
            if not re.search(r"(^|[ (])%s ref\b" % re.escape(other), ty):
                return None
            return "one" if ty == other + " ref" else "many"
        ta = next(f["type"] for f in jclasses[a]["fields"] if f["name"] == fa.replace("__", "_"))
        tb = next(f["type"] for f in jclasses[bcls]["fields"] if f["name"] == fb.replace("__", "_"))
        kind = (of_types(bcls, ta), of_types(a, tb))
        if None in kind:
            warn("relation %s.%s <-> %s.%s classifies as %s: no DB maintenance, skipped"
                 % (a, fa, bcls, fb, kind))
            continue
        if kind == ("many", "one"):
            warn("relation %s.%s <-> %s.%s is many-to-one" % (a, fa, bcls, fb))
        relations.append({"one": "%s.%s" % (a, fa.replace("__", "_")),
                          "many": "%s.%s" % (bcls, fb.replace("__", "_"))})

# no_async_messages_for is not referenced by any generator at HEAD; report if it would matter
for wire in async_msgs:
    if wire.split(".")[0] in no_async:
        warn("async message %s belongs to a class in no_async_messages_for" % wire)

# final verification: every emitted name exists in xenapi.json
jmsgs = {(c, m["name"]): m for c, jc in jclasses.items() for m in jc["messages"]}
assert set(out_classes) == set(jclasses), "class set differs from xenapi.json"
for wire in async_msgs:
    c, m = wire.split(".", 1)
    assert (c, m) in jmsgs, wire
for wire, d in defaults.items():
    c, m = wire.split(".", 1)
    pnames = [p["name"] for p in jmsgs[(c, m)]["params"]]
    for pn in d:
        assert pn in pnames, (wire, pn)
    # defaulted params must form a suffix of the wire parameter list
    assert set(pnames[len(pnames) - len(d):]) == set(d), ("non-trailing defaults", wire)
for r in relations:
    for end in ("one", "many"):
        c, f = r[end].split(".", 1)
        assert any(x["name"] == f for x in jclasses[c]["fields"]), r

for wire, keys in sorted(map_keys.items()):
    c, f = wire.split(".", 1)
    jf = [x for x in jclasses.get(c, {"fields": []})["fields"] if x["name"] == f]
    if not jf or not jf[0]["type"].endswith(") map"):
        warn("protected keys of %s: no such map field in xenapi.json (skipped)" % wire)
        del map_keys[wire]

overlay = {
    "source": "xapi-project/xen-api@" + COMMIT,
    "map_keys_roles": map_keys,
    "classes": out_classes,
    "async": sorted(set(async_msgs)),
    "param_defaults": defaults,
    "relations": relations,
}
json.dump(overlay, sys.stdout, indent=2, sort_keys=True)
sys.stdout.write("\n")

for w in warnings:
    print("warning: " + w, file=sys.stderr)
print("note: %d source messages not in xenapi.json (hidden or newer), ignored: %s"
      % (len(absent_msgs), " ".join(absent_msgs)), file=sys.stderr)
for r in relations:
    kinds = []
    for end in ("one", "many"):
        c, f = r[end].split(".", 1)
        ty = next(x["type"] for x in jclasses[c]["fields"] if x["name"] == f)
        kinds.append("set" if ty.endswith("ref set") else "ref")
    if kinds != ["ref", "set"]:
        print("note: relation %s -> %s is %s-to-%s%s" % (r["one"], r["many"], kinds[0], kinds[1],
              " (self)" if r["one"] == r["many"] else ""), file=sys.stderr)
print("classes: %d (xenapi.json: %d)" % (len(out_classes), len(jclasses)), file=sys.stderr)
print("async messages: %d" % len(overlay["async"]), file=sys.stderr)
print("messages with param defaults: %d (params: %d)"
      % (len(defaults), sum(len(v) for v in defaults.values())), file=sys.stderr)
print("relations: %d (source: %d)" % (len(relations), len(rel_raw)), file=sys.stderr)
print("no_async_messages_for: %s" % ", ".join(no_async), file=sys.stderr)
print("fields with protected map keys: %d (%s); explicit messages citing keys: %d"
      % (len(map_keys), ", ".join(sorted(map_keys)), message_key_sites), file=sys.stderr)
