"""Image layers in the properties form: a pool's strides left empty mean the pool size (Keras' None)."""
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CNN = os.path.join(ROOT, "resources", "examples", "digits_cnn.layerlab")


def field(panel, name):
    return next(p for p in panel._keys if p.name() == name)


def test_a_pools_strides_are_empty_by_default_and_take_a_number_or_nothing(window, qtbot):
    assert window.open_file(CNN)
    doc = window.doc
    window.scene.select_nodes(["maxpool2d1"])
    strides = field(window.properties, "strides")
    assert strides.value() == ""  # null: windows side by side, as Keras' strides=None
    assert doc.analysis.shapes["maxpool2d1"] == (4, 4, 16)

    strides.setValue("1")
    assert doc.design.node("maxpool2d1").params["strides"] == 1
    assert doc.analysis.shapes["maxpool2d1"] == (7, 7, 16)

    with qtbot.waitSignal(window.properties.message) as said:
        field(window.properties, "strides").setValue("0")
    assert said.args == ["strides: expected a whole number from 1 to 64, or empty for the default"]
    assert doc.design.node("maxpool2d1").params["strides"] == 1

    field(window.properties, "strides").setValue("")
    assert doc.design.node("maxpool2d1").resolved()["strides"] is None
    assert doc.analysis.shapes["maxpool2d1"] == (4, 4, 16)
