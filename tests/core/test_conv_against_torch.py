"""Image and merge layers against PyTorch autograd, float64 (skipped where torch is not installed).

Torch is channels first: inputs go in as (N, C, H, W) and kernels as (filters, C, kh, kw);
Keras' 'same' padding is done with an explicit F.pad (the odd pixel at the bottom and right).
"""
import numpy as np
import pytest

from core import Design, build_network

torch = pytest.importorskip("torch")
pytestmark = pytest.mark.torch
F = torch.nn.functional


def tensor(a):
    return torch.tensor(np.asarray(a, dtype=np.float64), requires_grad=True)


def chw(x):
    return x.permute(0, 3, 1, 2)


def hwc(x):
    return x.permute(0, 2, 3, 1)


def keras_conv(x, w, b, k, s, padding):
    """Keras' Conv2D in torch, channels last in and out."""
    x = chw(x)
    if padding == "same":
        h, wd = x.shape[2:]
        ph = max((-(-h // s) - 1) * s + k - h, 0)
        pw = max((-(-wd // s) - 1) * s + k - wd, 0)
        x = F.pad(x, (pw // 2, pw - pw // 2, ph // 2, ph - ph // 2))
    return hwc(F.conv2d(x, w.permute(3, 2, 0, 1), b, stride=s))


def run_ours(type_name, params, x, r):
    """Our layer's output, and the gradients of sum(output * r) for the input and parameters."""
    net = build_network(Design.sequential(list(x.shape[1:]), [(type_name, params)], {"loss": "mse"}),
                        seed=0, dtype=np.float64)
    rng = np.random.default_rng(7)
    net.params.flat[...] = rng.normal(size=net.params.flat.size)
    layer = net.layers[net.order[1]]
    layer.needs_input_grad = True  # the input's gradient is checked too
    y = layer.forward(x, training=True)
    dx = layer.backward(r)
    return net, layer, y, dx


@pytest.mark.parametrize("h, w, k, s, padding", [
    (8, 8, 3, 1, "same"), (7, 9, 3, 2, "same"), (8, 8, 4, 2, "same"), (6, 5, 4, 3, "same"),
    (7, 7, 2, 1, "same"), (9, 8, 3, 2, "valid"), (8, 8, 3, 1, "valid"), (5, 7, 5, 1, "valid"),
])
def test_conv2d_forward_and_gradients_agree_with_torch(h, w, k, s, padding):
    rng = np.random.default_rng(h * 100 + w * 10 + k)
    x = rng.normal(size=(3, h, w, 2))
    params = {"filters": 4, "kernel_size": k, "strides": s, "padding": padding}
    oh = -(-h // s) if padding == "same" else (h - k) // s + 1
    ow = -(-w // s) if padding == "same" else (w - k) // s + 1
    r = rng.normal(size=(3, oh, ow, 4))
    _, layer, ours, dx = run_ours("Conv2D", params, x, r)
    xt, wt, bt = tensor(x), tensor(layer.W), tensor(layer.b)
    theirs = keras_conv(xt, wt, bt, k, s, padding)
    (theirs * torch.from_numpy(r)).sum().backward()
    np.testing.assert_allclose(ours, theirs.detach().numpy(), rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(dx, xt.grad.numpy(), rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(layer.dW, wt.grad.numpy(), rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(layer.db, bt.grad.numpy(), rtol=1e-10, atol=1e-12)


@pytest.mark.parametrize("type_name, pool, strides, relu", [
    ("MaxPool2D", 2, None, False), ("MaxPool2D", 3, 2, False), ("MaxPool2D", 2, 1, True),
    ("AveragePool2D", 2, None, False), ("AveragePool2D", 3, 2, False), ("AveragePool2D", 2, 1, False),
])
def test_pools_agree_with_torch(type_name, pool, strides, relu):
    rng = np.random.default_rng(pool * 10 + (strides or 0))
    x = rng.normal(size=(2, 7, 6, 3))
    if relu:  # windows of zeros, as after a ReLU: torch sends the gradient to the first maximum, and so do we
        x = np.maximum(x, 0)
    s = strides or pool
    r = rng.normal(size=(2, (7 - pool) // s + 1, (6 - pool) // s + 1, 3))
    _, _, ours, dx = run_ours(type_name, {"pool_size": pool, "strides": strides}, x, r)
    xt = tensor(x)
    fn = F.max_pool2d if type_name == "MaxPool2D" else F.avg_pool2d
    theirs = hwc(fn(chw(xt), pool, stride=s))
    (theirs * torch.from_numpy(r)).sum().backward()
    np.testing.assert_allclose(ours, theirs.detach().numpy(), rtol=1e-12)
    np.testing.assert_allclose(dx, xt.grad.numpy(), rtol=1e-12, atol=1e-15)


def test_a_residual_cnn_with_concatenate_agrees_with_torch_end_to_end():
    """Loss and every parameter's gradient of a small ResNet-like graph, against autograd."""
    d = Design.from_dict({
        "format": "layerlab-design", "version": 1, "name": "resnet",
        "nodes": [{"id": "in", "type": "Input", "params": {"shape": [8, 8, 1]}},
                  {"id": "c1", "type": "Conv2D", "params": {"filters": 4, "padding": "same"}},
                  {"id": "r1", "type": "ReLU"},
                  {"id": "c2", "type": "Conv2D", "params": {"filters": 4, "padding": "same"}},
                  {"id": "add", "type": "Add"},
                  {"id": "mp", "type": "MaxPool2D"},
                  {"id": "ap", "type": "AveragePool2D"},
                  {"id": "cat", "type": "Concatenate"},
                  {"id": "f", "type": "Flatten"},
                  {"id": "d", "type": "Dense", "params": {"units": 3}},
                  {"id": "out", "type": "Softmax"}],
        "edges": [["in", "c1"], ["c1", "r1"], ["r1", "c2"], ["c2", "add"], ["r1", "add"], ["add", "mp"],
                  ["add", "ap"], ["ap", "cat"], ["mp", "cat"], ["cat", "f"], ["f", "d"], ["d", "out"]],
        "training": {"loss": "categorical_crossentropy"}})
    net = build_network(d, seed=1, dtype=np.float64)
    rng = np.random.default_rng(2)
    net.params.flat[...] += rng.normal(0, 0.1, net.params.flat.size)
    x, t = rng.normal(size=(5, 8, 8, 1)), rng.integers(0, 3, 5)
    ours = net.compute_loss(x, t)
    net.backward()

    p = {k: tensor(v) for k, v in net.params.items()}
    r1 = F.relu(keras_conv(tensor(x), p["c1.W"], p["c1.b"], 3, 1, "same"))
    add = keras_conv(r1, p["c2.W"], p["c2.b"], 3, 1, "same") + r1
    cat = torch.cat([hwc(F.avg_pool2d(chw(add), 2)), hwc(F.max_pool2d(chw(add), 2))], dim=3)
    logits = cat.reshape(5, -1) @ p["d.W"] + p["d.b"]  # Flatten is row-major over (H, W, C), as Keras'
    theirs = F.cross_entropy(logits, torch.from_numpy(t))
    theirs.backward()
    assert ours == pytest.approx(theirs.item(), rel=1e-12)
    for key, g in net.grads.items():
        np.testing.assert_allclose(g, p[key].grad.numpy(), rtol=1e-9, atol=1e-12, err_msg=key)
