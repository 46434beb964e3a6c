"""The engine against PyTorch (skipped where torch is not installed).

The same random networks give the same losses and gradients as torch autograd
in float64, and every optimizer follows torch.optim's trajectory.
"""
import numpy as np
import pytest

from core import Design, build_network, make_optimizer

torch = pytest.importorskip("torch")
pytestmark = pytest.mark.torch
nn = torch.nn
F = torch.nn.functional


def torch_twin(net):
    """An nn.Sequential with the same layers and weights (the output activation
    is left to the fused loss, as in the engine)."""
    mods = []
    for nid in net.order:
        kind, layer = net.types[nid], net.layers[nid]
        if kind == "Dense":
            lin = nn.Linear(layer.W.shape[0], layer.W.shape[1], bias=layer.use_bias).double()
            with torch.no_grad():
                lin.weight.copy_(torch.from_numpy(layer.W.T.copy()))
                if layer.use_bias:
                    lin.bias.copy_(torch.from_numpy(layer.b.copy()))
            mods.append(lin)
        elif kind == "BatchNorm":
            bn = nn.BatchNorm1d(layer.gamma.size, eps=layer.eps, momentum=1 - layer.momentum).double()
            with torch.no_grad():
                bn.weight.copy_(torch.from_numpy(layer.gamma.copy()))
                bn.bias.copy_(torch.from_numpy(layer.beta.copy()))
            mods.append(bn)
        elif kind == "ReLU":
            mods.append(nn.ReLU())
        elif kind == "LeakyReLU":
            mods.append(nn.LeakyReLU(layer.p["alpha"]))
        elif kind == "Tanh":
            mods.append(nn.Tanh())
        elif kind == "Sigmoid" and not (net._fused and nid == net.output_id):
            mods.append(nn.Sigmoid())
        elif kind == "Flatten":
            mods.append(nn.Flatten())
    return nn.Sequential(*mods)


def torch_loss(net, model, x, t):
    out = model(torch.from_numpy(x))
    loss = net.settings["loss"]
    if loss == "categorical_crossentropy":
        value = F.cross_entropy(out, torch.from_numpy(t))
    elif loss == "binary_crossentropy":
        value = F.binary_cross_entropy_with_logits(out, torch.from_numpy(t.astype(np.float64)).reshape(out.shape))
    else:
        value = F.mse_loss(out, torch.from_numpy(t))
    for m in model:
        if isinstance(m, nn.Linear):
            value = value + net.settings["l2"] * (m.weight ** 2).sum() + net.settings["l1"] * m.weight.abs().sum()
    return value


def torch_grads(net, model):
    """Torch's gradients under the engine's parameter names."""
    out, mods = {}, iter(m for m in model if isinstance(m, (nn.Linear, nn.BatchNorm1d)))
    for nid in net.order:
        if net.types[nid] == "Dense":
            m = next(mods)
            out[f"{nid}.W"] = m.weight.grad.numpy().T
            if m.bias is not None:
                out[f"{nid}.b"] = m.bias.grad.numpy()
        elif net.types[nid] == "BatchNorm":
            m = next(mods)
            out[f"{nid}.gamma"] = m.weight.grad.numpy()
            out[f"{nid}.beta"] = m.bias.grad.numpy()
    return out


def random_design(rng):
    acts = ["ReLU", "LeakyReLU", "Tanh", "Sigmoid"]
    layers = []
    for _ in range(rng.integers(1, 4)):
        layers.append(("Dense", {"units": int(rng.integers(2, 9)), "use_bias": bool(rng.integers(2))}))
        if rng.integers(2):
            layers.append("BatchNorm")
        layers.append(acts[rng.integers(len(acts))])
    loss = ["categorical_crossentropy", "binary_crossentropy", "mse"][rng.integers(3)]
    head = {"categorical_crossentropy": [("Dense", {"units": 3}), "Softmax"],
            "binary_crossentropy": [("Dense", {"units": 1}), "Sigmoid"],
            "mse": [("Dense", {"units": 2})]}[loss]
    training = {"loss": loss, "l1": float(rng.choice([0, 0.01])), "l2": float(rng.choice([0, 0.02]))}
    return Design.sequential([5], layers + head, training), loss


def targets(loss, rng, n):
    if loss == "categorical_crossentropy":
        return rng.integers(0, 3, n)
    if loss == "binary_crossentropy":
        return rng.integers(0, 2, n)
    return rng.normal(size=(n, 2))


@pytest.mark.parametrize("seed", range(12))
def test_losses_and_gradients_agree_with_torch_autograd(seed):
    rng = np.random.default_rng(seed)
    design, loss = random_design(rng)
    net = build_network(design, seed=seed, dtype=np.float64)
    net.params.flat[...] += rng.normal(0, 0.1, net.params.flat.size)
    model = torch_twin(net)
    x = rng.normal(size=(16, 5))
    t = targets(loss, rng, 16)
    ours = net.compute_loss(x, t)
    net.backward()
    theirs = torch_loss(net, model, x, t)
    theirs.backward()
    assert ours == pytest.approx(theirs.item(), rel=1e-12)
    expected = torch_grads(net, model)
    assert set(expected) == set(net.grads)
    for key, g in expected.items():
        np.testing.assert_allclose(net.grads[key], g, rtol=1e-9, atol=1e-12, err_msg=key)


TORCH_OPTIMIZERS = {
    "sgd": lambda p, s: torch.optim.SGD(p, lr=s["lr"], weight_decay=s["weight_decay"]),
    "momentum": lambda p, s: torch.optim.SGD(p, lr=s["lr"], momentum=s["momentum"], weight_decay=s["weight_decay"]),
    "nesterov": lambda p, s: torch.optim.SGD(p, lr=s["lr"], momentum=s["momentum"], nesterov=True,
                                             weight_decay=s["weight_decay"]),
    "adagrad": lambda p, s: torch.optim.Adagrad(p, lr=s["lr"], eps=s["eps"], weight_decay=s["weight_decay"]),
    "rmsprop": lambda p, s: torch.optim.RMSprop(p, lr=s["lr"], alpha=s["alpha"], eps=s["eps"],
                                                weight_decay=s["weight_decay"]),
    "adam": lambda p, s: torch.optim.Adam(p, lr=s["lr"], betas=(s["beta1"], s["beta2"]), eps=s["eps"],
                                          weight_decay=s["weight_decay"]),
}


@pytest.mark.parametrize("kind", sorted(TORCH_OPTIMIZERS))
@pytest.mark.parametrize("weight_decay", [0.0, 0.01])
def test_optimizers_follow_torch_optim_trajectories(kind, weight_decay):
    from core.optimizers import resolve_optimizer
    settings = resolve_optimizer({"type": kind, "lr": 0.05, "weight_decay": weight_decay})
    design = Design.sequential([4], [("Dense", {"units": 6}), "Tanh", ("Dense", {"units": 3}), "Softmax"],
                               {"loss": "categorical_crossentropy"})
    net = build_network(design, seed=1, dtype=np.float64)
    model = torch_twin(net)
    opt = make_optimizer(settings)
    topt = TORCH_OPTIMIZERS[kind](model.parameters(), settings)
    rng = np.random.default_rng(7)
    for _ in range(25):
        x, t = rng.normal(size=(8, 4)), rng.integers(0, 3, 8)
        net.compute_loss(x, t)
        net.backward()
        opt.step(net.params, net.grads)
        topt.zero_grad()
        torch_loss(net, model, x, t).backward()
        topt.step()
    np.testing.assert_allclose(net.params["dense1.W"], model[0].weight.detach().numpy().T, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(net.params["dense2.b"], model[2].bias.detach().numpy(), rtol=1e-9, atol=1e-12)
