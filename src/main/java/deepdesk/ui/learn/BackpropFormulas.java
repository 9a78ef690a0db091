package deepdesk.ui.learn;

import deepdesk.core.lesson.BackpropPass;
import deepdesk.core.lesson.BackpropStage;
import deepdesk.core.model.Activation;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The words and formulas of lesson 3: for each stage a title, one or two sentences on what
 * happens, and the formula of the stage written out with the engine's numbers for one row, in
 * LaTeX for {@link deepdesk.ui.common.FormulaRenderer}.
 *
 * <p>Notation: inputs x₁, x₂; hidden unit j has weights w₁ⱼ, w₂ⱼ, bias bⱼ, sum zⱼ, activation
 * aⱼ and delta δⱼ; the output unit has weights vⱼ, bias c, sum z_o, prediction ŷ and delta δ_o.
 *
 * <p>Threading: stateless; any thread.
 */
final class BackpropFormulas {

    private static final String[] SUBSCRIPTS = {"₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"};

    private BackpropFormulas() {
    }

    /** A short title, such as "Backward · hidden unit h₂ · delta δ₂". */
    static String title(BackpropStage stage) {
        String j = stage.unit() >= 0 ? subscript(stage.unit() + 1) : "";
        return switch (stage.kind()) {
            case INPUT -> "Forward · the inputs of the row";
            case HIDDEN_SUM -> "Forward · hidden unit h" + j + " · weighted sum z" + j;
            case HIDDEN_ACTIVATION -> "Forward · hidden unit h" + j + " · activation a" + j;
            case OUTPUT_SUM -> "Forward · output unit · weighted sum z";
            case OUTPUT -> "Forward · output unit · prediction ŷ";
            case LOSS -> "Forward · the loss";
            case LOSS_GRADIENT -> "Backward · gradient of the loss ∂L/∂ŷ";
            case OUTPUT_DELTA -> "Backward · output unit · delta δ";
            case OUTPUT_WEIGHT_GRADIENT -> "Backward · gradient of weight v" + j;
            case OUTPUT_BIAS_GRADIENT -> "Backward · gradient of the output bias c";
            case HIDDEN_DELTA -> "Backward · hidden unit h" + j + " · delta δ" + j;
            case HIDDEN_WEIGHT_GRADIENTS -> "Backward · gradients of w₁" + j + ", w₂" + j + " and b" + j;
            case UPDATE_OUTPUT -> "Update · the output layer";
            case UPDATE_HIDDEN -> "Update · the weights into h" + j;
        };
    }

    /** One or two sentences on what the stage does and why. */
    static String explanation(BackpropStage stage, Activation activation) {
        return switch (stage.kind()) {
            case INPUT -> "A training step starts from the rows. The row's two inputs enter on the left; "
                    + "the network will try to predict its target y.";
            case HIDDEN_SUM -> "Each hidden unit adds up its inputs, each times the weight of its edge, "
                    + "plus its bias.";
            case HIDDEN_ACTIVATION -> "The unit passes its sum through the activation "
                    + activationName(activation) + ". Without it the whole network would be one straight line.";
            case OUTPUT_SUM -> "The output unit does the same with the hidden activations and its own weights v.";
            case OUTPUT -> "A sigmoid squeezes the output's sum into a prediction between 0 and 1.";
            case LOSS -> "The squared error says how far the prediction is from the target. Training lowers J, "
                    + "the mean of the rows' losses.";
            case LOSS_GRADIENT -> "Now backward. First: how fast does the loss change when the prediction moves?";
            case OUTPUT_DELTA -> "The chain rule carries that back through the sigmoid: multiply by its slope. "
                    + "This delta is how fast the loss changes with the output unit's sum.";
            case OUTPUT_WEIGHT_GRADIENT -> "A weight's gradient is the delta of the unit it feeds times the "
                    + "activation that flows along it. The update uses the mean over the rows.";
            case OUTPUT_BIAS_GRADIENT -> "A bias is a weight on a constant input of 1, so its gradient is the "
                    + "delta itself.";
            case HIDDEN_DELTA -> "One layer further back: the output's delta flows back along the weight v and "
                    + "through the slope of the hidden activation.";
            case HIDDEN_WEIGHT_GRADIENTS -> "The first layer's gradients: the hidden unit's delta times each input.";
            case UPDATE_OUTPUT -> "Every weight takes a step of size α against its gradient. The diagram shows "
                    + "old → new.";
            case UPDATE_HIDDEN -> "The first layer moves the same way. After the last unit, Next starts the next "
                    + "training step with the new weights.";
        };
    }

    /** The stage's formula with the numbers of {@code row}, in LaTeX. */
    static String latex(BackpropPass p, BackpropStage stage, int row, Activation activation) {
        int j = stage.unit();
        String jj = Integer.toString(j + 1);
        List<String> lines = new ArrayList<>();
        switch (stage.kind()) {
            case INPUT -> lines.add("x_1 = " + num(p.input(row, 0)) + ",\\quad x_2 = " + num(p.input(row, 1))
                    + ",\\qquad \\text{target } y = " + num(p.target(row)));
            case HIDDEN_SUM -> lines.add("z_{" + jj + "} = w_{1" + jj + "}x_1 + w_{2" + jj + "}x_2 + b_{" + jj + "} = "
                    + par(p.hiddenWeight(0, j)) + par(p.input(row, 0)) + " + "
                    + par(p.hiddenWeight(1, j)) + par(p.input(row, 1)) + " + " + par(p.hiddenBias(j))
                    + " = " + num(p.hiddenSum(row, j)));
            case HIDDEN_ACTIVATION -> lines.add("a_{" + jj + "} = " + function(activation, "z_{" + jj + "}") + " = "
                    + function(activation, num(p.hiddenSum(row, j))) + " = " + num(p.hiddenActivation(row, j)));
            case OUTPUT_SUM -> {
                StringBuilder symbols = new StringBuilder("z_o = ");
                StringBuilder numbers = new StringBuilder();
                for (int k = 0; k < p.hiddenUnits(); k++) {
                    symbols.append("v_{").append(k + 1).append("}a_{").append(k + 1).append("} + ");
                    numbers.append(par(p.outputWeight(k))).append(par(p.hiddenActivation(row, k))).append(" + ");
                }
                lines.add(symbols + "c");
                lines.add("\\phantom{z_o} = " + numbers + par(p.outputBias()) + " = " + num(p.outputSum(row)));
            }
            case OUTPUT -> lines.add("\\hat{y} = \\sigma(z_o) = \\frac{1}{1 + e^{-z_o}} = \\sigma("
                    + num(p.outputSum(row)) + ") = " + num(p.prediction(row)));
            case LOSS -> {
                lines.add("L = (\\hat{y} - y)^2 = (" + num(p.prediction(row)) + " - " + num(p.target(row)) + ")^2 = "
                        + num(p.rowLoss(row)));
                List<Double> losses = new ArrayList<>();
                for (int r = 0; r < p.rows(); r++) {
                    losses.add(p.rowLoss(r));
                }
                lines.add("J = \\frac{1}{" + p.rows() + "}\\sum_{i=1}^{" + p.rows() + "} L_i = \\frac{1}{" + p.rows()
                        + "}\\left(" + signedSum(losses) + "\\right) = " + num(p.loss()));
            }
            case LOSS_GRADIENT -> lines.add("\\frac{\\partial L}{\\partial \\hat{y}} = 2(\\hat{y} - y) = 2("
                    + num(p.prediction(row)) + " - " + num(p.target(row)) + ") = " + num(p.lossGradient(row)));
            case OUTPUT_DELTA -> {
                lines.add("\\delta_o = \\frac{\\partial L}{\\partial z_o} = \\frac{\\partial L}{\\partial \\hat{y}}"
                        + "\\cdot \\sigma'(z_o) = \\frac{\\partial L}{\\partial \\hat{y}} \\cdot \\hat{y}(1 - \\hat{y})");
                lines.add("\\phantom{\\delta_o} = " + par(p.lossGradient(row)) + par(p.outputSlope(row))
                        + " = " + num(p.outputDelta(row)));
            }
            case OUTPUT_WEIGHT_GRADIENT -> {
                lines.add("\\frac{\\partial L}{\\partial v_{" + jj + "}} = \\frac{\\partial L}{\\partial \\hat{y}}"
                        + "\\cdot \\sigma'(z_o) \\cdot a_{" + jj + "} = " + par(p.lossGradient(row))
                        + par(p.outputSlope(row)) + par(p.hiddenActivation(row, j)) + " = "
                        + num(p.outputDelta(row) * p.hiddenActivation(row, j)));
                List<Double> terms = new ArrayList<>();
                for (int r = 0; r < p.rows(); r++) {
                    terms.add((double) p.outputDelta(r) * p.hiddenActivation(r, j));
                }
                lines.add(mean("v_{" + jj + "}", terms, p.rows(), p.outputWeightGradient(j)));
            }
            case OUTPUT_BIAS_GRADIENT -> {
                lines.add("\\frac{\\partial L}{\\partial c} = \\delta_o \\cdot 1 = " + num(p.outputDelta(row)));
                List<Double> terms = new ArrayList<>();
                for (int r = 0; r < p.rows(); r++) {
                    terms.add((double) p.outputDelta(r));
                }
                lines.add(mean("c", terms, p.rows(), p.outputBiasGradient()));
            }
            case HIDDEN_DELTA -> {
                lines.add("\\delta_{" + jj + "} = \\frac{\\partial L}{\\partial z_{" + jj + "}} = \\delta_o \\cdot v_{"
                        + jj + "} \\cdot " + derivative(activation, jj) + " = " + par(p.outputDelta(row))
                        + par(p.outputWeight(j)) + par(p.hiddenSlope(row, j)) + " = " + num(p.hiddenDelta(row, j)));
                lines.add(slopeLine(p, row, j, activation));
            }
            case HIDDEN_WEIGHT_GRADIENTS -> {
                List<String> gradients = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    String ij = (i + 1) + jj;
                    gradients.add("\\frac{\\partial L}{\\partial w_{" + ij + "}} = \\delta_{" + jj + "} \\cdot x_"
                            + (i + 1) + " = " + par(p.hiddenDelta(row, j)) + par(p.input(row, i)) + " = "
                            + num(p.hiddenDelta(row, j) * p.input(row, i)));
                    gradients.add("\\frac{\\partial J}{\\partial w_{" + ij + "}} = " + num(p.hiddenWeightGradient(i, j)));
                }
                gradients.add("\\frac{\\partial L}{\\partial b_{" + jj + "}} = \\delta_{" + jj + "} = "
                        + num(p.hiddenDelta(row, j)));
                gradients.add("\\frac{\\partial J}{\\partial b_{" + jj + "}} = " + num(p.hiddenBiasGradient(j)));
                lines.add(twoColumns(gradients));
            }
            case UPDATE_OUTPUT -> {
                List<String> updates = new ArrayList<>();
                for (int k = 0; k < p.hiddenUnits(); k++) {
                    updates.add(update("v_{" + (k + 1) + "}", p.outputWeight(k), p.learningRate(),
                            p.outputWeightGradient(k), p.outputWeightAfter(k)));
                }
                updates.add(update("c", p.outputBias(), p.learningRate(), p.outputBiasGradient(),
                        p.outputBiasAfter()));
                lines.add(twoColumns(updates));
            }
            case UPDATE_HIDDEN -> {
                List<String> updates = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    updates.add(update("w_{" + (i + 1) + jj + "}", p.hiddenWeight(i, j), p.learningRate(),
                            p.hiddenWeightGradient(i, j), p.hiddenWeightAfter(i, j)));
                }
                updates.add(update("b_{" + jj + "}", p.hiddenBias(j), p.learningRate(), p.hiddenBiasGradient(j),
                        p.hiddenBiasAfter(j)));
                lines.add(twoColumns(updates));
                if (j == p.hiddenUnits() - 1) {
                    lines.add("\\text{mean loss } J:\\ " + num(p.loss()) + " \\rightarrow " + num(p.lossAfter()));
                }
            }
        }
        if (lines.size() == 1) {
            return lines.get(0);
        }
        return "\\begin{array}{l}" + String.join(" \\\\ ", lines) + "\\end{array}";
    }

    /** Short formulas side by side in two columns, so that a long list stays low. */
    private static String twoColumns(List<String> items) {
        StringBuilder out = new StringBuilder("\\begin{array}{ll}");
        for (int k = 0; k < items.size(); k++) {
            if (k % 2 == 1) {
                out.append(" & \\qquad ");
            } else if (k > 0) {
                out.append(" \\\\ ");
            }
            out.append(items.get(k));
        }
        return out.append("\\end{array}").toString();
    }

    private static String update(String name, float before, double rate, float gradient, float after) {
        return name + " \\leftarrow " + name + " - \\alpha\\frac{\\partial J}{\\partial " + name + "} = "
                + num(before) + " - " + par(rate) + par(gradient) + " = " + num(after);
    }

    private static String mean(String name, List<Double> terms, int rows, float value) {
        return "\\frac{\\partial J}{\\partial " + name + "} = \\frac{1}{" + rows + "}\\sum_{i=1}^{" + rows
                + "} \\frac{\\partial L_i}{\\partial " + name + "} = \\frac{1}{" + rows + "}\\left("
                + signedSum(terms) + "\\right) = " + num(value);
    }

    private static String slopeLine(BackpropPass p, int row, int j, Activation activation) {
        String jj = Integer.toString(j + 1);
        return switch (activation) {
            case TANH -> "\\text{where } \\tanh'(z_{" + jj + "}) = 1 - a_{" + jj + "}^2 = 1 - "
                    + par(p.hiddenActivation(row, j)) + "^2 = " + num(p.hiddenSlope(row, j));
            case SIGMOID -> "\\text{where } \\sigma'(z_{" + jj + "}) = a_{" + jj + "}(1 - a_{" + jj + "}) = "
                    + par(p.hiddenActivation(row, j)) + "(1 - " + num(p.hiddenActivation(row, j)) + ") = "
                    + num(p.hiddenSlope(row, j));
            case RELU -> "\\text{where } \\mathrm{ReLU}'(z_{" + jj + "}) = " + (p.hiddenSum(row, j) > 0
                    ? "1 \\text{ because } z_{" + jj + "} = " + num(p.hiddenSum(row, j)) + " > 0"
                    : "0 \\text{ because } z_{" + jj + "} = " + num(p.hiddenSum(row, j)) + " \\le 0");
            default -> throw new IllegalArgumentException("not a lesson activation: " + activation);
        };
    }

    private static String function(Activation activation, String argument) {
        return switch (activation) {
            case TANH -> "\\tanh(" + argument + ")";
            case SIGMOID -> "\\sigma(" + argument + ")";
            case RELU -> "\\max(0, " + argument + ")";
            default -> throw new IllegalArgumentException("not a lesson activation: " + activation);
        };
    }

    private static String derivative(Activation activation, String unit) {
        return switch (activation) {
            case TANH -> "\\tanh'(z_{" + unit + "})";
            case SIGMOID -> "\\sigma'(z_{" + unit + "})";
            case RELU -> "\\mathrm{ReLU}'(z_{" + unit + "})";
            default -> throw new IllegalArgumentException("not a lesson activation: " + activation);
        };
    }

    private static String activationName(Activation activation) {
        return switch (activation) {
            case TANH -> "tanh";
            case SIGMOID -> "sigmoid σ";
            case RELU -> "ReLU, max(0, z)";
            default -> activation.name();
        };
    }

    private static String signedSum(List<Double> terms) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            double t = terms.get(i);
            if (i == 0) {
                out.append(num(t));
            } else {
                out.append(t < 0 ? " - " : " + ").append(num(Math.abs(t)));
            }
        }
        return out.toString();
    }

    /** A number in parentheses, as a factor of a written-out product. */
    private static String par(double value) {
        return "(" + num(value) + ")";
    }

    /** Four significant digits, without trailing zeros: 0.4123, -1, 0.0005123. */
    static String num(double value) {
        if (Math.abs(value) < 5e-7) {
            return "0";
        }
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** Three significant digits, for the labels of the diagram. */
    static String shortNum(double value) {
        if (Math.abs(value) < 5e-5) {
            return "0";
        }
        return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString()
                .replace('-', '−');
    }

    /** "₁₂" for 12. */
    static String subscript(int number) {
        String digits = Integer.toString(number);
        StringBuilder out = new StringBuilder();
        for (char c : digits.toCharArray()) {
            out.append(SUBSCRIPTS[c - '0']);
        }
        return out.toString();
    }
}
