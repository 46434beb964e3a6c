"""What both exporters share: attribute names for node ids, literals, calls from declarations.

Nothing from a design reaches generated code except as a ``repr()``-made literal: texts
(names, node ids, paths, CSV columns) only through :func:`lit`; node ids become attribute
names only when they are plain ASCII identifiers, other ids get ``layer_<n>``.
"""
import keyword
import re

from ..equivalents import Code
from ..errors import DesignError
from ..messages import msg
from ..network import build_network
from ..registry import LAYERS

# torch.nn.Module's public attributes (torch 2.13): a layer attribute must not hide one.
_MODULE_ATTRIBUTES = frozenset("""
T_destination add_module apply bfloat16 buffers call_super_init children compile cpu cuda double
dump_patches eval extra_repr float forward get_buffer get_extra_state get_parameter get_submodule half
ipu load_state_dict modules mtia named_buffers named_children named_modules named_parameters parameters
register_backward_hook register_buffer register_forward_hook register_forward_pre_hook
register_full_backward_hook register_full_backward_pre_hook register_load_state_dict_post_hook
register_load_state_dict_pre_hook register_module register_parameter register_state_dict_post_hook
register_state_dict_pre_hook requires_grad_ set_extra_state set_submodule share_memory state_dict to
to_empty train training type xpu zero_grad""".split())

_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,63}\Z")


def attribute_names(order):
    """{node id: attribute name}: the id itself where it is a plain ASCII identifier that hides
    nothing, else ``layer_<n>``. Distinct for distinct ids (``ｄ1`` is not ``d1``, though
    Python's NFKC would make them one name)."""
    plain = {nid for nid in order
             if _PLAIN.match(nid) and not keyword.iskeyword(nid) and nid not in _MODULE_ATTRIBUTES
             and not re.fullmatch(r"layer_\d+", nid)}
    names, n = {}, 0
    for nid in order:
        if nid in plain:
            names[nid] = nid
        else:
            names[nid] = f"layer_{n}"
            n += 1
    return names


def renamed(names):
    """Source of a constant mapping renamed attributes back to their node ids (or nothing)."""
    pairs = {attr: nid for nid, attr in names.items() if attr != nid}
    if not pairs:
        return ""
    return f"# LayerLab's node ids of layers whose ids are not plain Python names\nNODE_IDS = {pairs!r}\n"


def lit(value):
    """A value as generated code writes it: its ``repr()``, or trusted :class:`Code` as it is."""
    if isinstance(value, Code):
        return str(value)
    if isinstance(value, (bool, int, float, str, type(None))) or (
            isinstance(value, tuple) and all(isinstance(v, (bool, int, float, str)) for v in value)):
        return repr(value)
    raise TypeError(f"not a literal for generated code: {type(value).__name__}")


def call(decl, p, in_shape, extra=()):
    """``cls(args..., keyword=value..., *extra)`` for a :mod:`core.equivalents` declaration."""
    parts = [lit(arg(p, in_shape)) for arg in decl.args]
    parts += [f"{k}={lit(arg(p, in_shape))}" for k, arg in decl.kwargs]
    parts += list(extra)
    return f"{decl.cls}({', '.join(parts)})"


def declaration(kind, framework, nid):
    """The registry's ``framework`` ("torch" or "keras") declaration of ``kind``, or a DesignError."""
    decl = getattr(LAYERS[kind], framework)
    if decl is None:
        label = {"torch": "PyTorch", "keras": "Keras"}[framework]
        raise DesignError(msg("nodes: {node!r} ({kind}) cannot be exported to {framework}: the registry declares no "
                              "{framework} equivalent for {kind}", code="export.no_equivalent", node=nid, kind=kind,
                              framework=label))
    return decl


def layer_nodes(net):
    """The node ids an exporter writes as layers (all but the input), in order."""
    return [nid for nid in net.order if "input" not in LAYERS[net.types[nid]].roles]


def plan(design):
    """What an exporter writes: (network, settings, {node id: attribute}, and per layer in
    order (node id, attribute, type, resolved parameters, input shape))."""
    net = build_network(design)
    nodes = {n.id: n for n in design.nodes}
    order = layer_nodes(net)
    names = attribute_names(order)
    layers = [(nid, names[nid], net.types[nid], nodes[nid].resolved(), net.shapes[net._input_of[nid]])
              for nid in order]
    return net, design.settings(), names, layers


def present(net, nid, names):
    """The names among ``names`` that the network has as arrays of node ``nid``."""
    return [n for n in names if f"{nid}.{n}" in net.params or f"{nid}.{n}" in net.state]


def weights_literal(weights_path, output_path):
    """(WEIGHTS value, whether it is relative to the script): next to the script when written
    next to the weights; always a repr()-made literal."""
    import os
    if not weights_path:
        return "None", False
    if output_path:
        rel = os.path.relpath(os.path.abspath(weights_path), os.path.dirname(os.path.abspath(output_path)))
        return repr(rel), True
    return repr(os.path.abspath(weights_path)), False


WEIGHTS_CODE = '''
def weights_file(weights):
    """``weights`` as given; WEIGHTS, relative to this script, by default."""
    if weights is None and WEIGHTS:
        here = os.path.dirname(os.path.abspath(__file__))
        return os.path.join(here, WEIGHTS) if WEIGHTS_NEXT_TO_SCRIPT else WEIGHTS
    return weights
'''


def wiring(net, order, names):
    """How each layer reads its inputs, for networks that are graphs (a chain needs only ``x``).

    Each layer's statement assigns ``x``; an output that a layer other than the next one reads
    is also kept in ``h_<attribute>`` (the input's in ``x0``). Returns ``({node id: (input
    expressions, variable the output is kept in or None)}, variable the input is kept in or None)``.
    """
    seq = [net.input_id] + list(order)
    previous = dict(zip(seq[1:], seq))
    following = dict(zip(seq, seq[1:]))
    users = {nid: [] for nid in seq}
    for nid in order:
        for src in net._inputs_of[nid]:
            users[src].append(nid)
    kept = {nid: ("x0" if nid == net.input_id else "h_" + names[nid])
            for nid in seq if any(u != following.get(nid) for u in users[nid])}
    plan = {nid: (["x" if src == previous[nid] else kept[src] for src in net._inputs_of[nid]], kept.get(nid))
            for nid in order}
    return plan, kept.get(net.input_id)


def is_chain(net, order):
    """True when every layer reads exactly the one before it (a Sequential)."""
    seq = [net.input_id] + list(order)
    return all(net._inputs_of[b] == [a] for a, b in zip(seq, seq[1:]))
