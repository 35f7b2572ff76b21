import type { Sqlite } from '../open';

/**
 * Toma de decisión (seed 002 step 16): the letters a Coordinador de PQR starts from. Every
 * office gets them (demo and empty) and edits them in ADMINISTRACIÓN → Plantillas de respuesta.
 * suiResponseType: Formato A's tipo de respuesta (1 accede, 2 accede parcialmente, 3 no accede).
 */
export const RESPONSE_TEMPLATES: readonly { name: string; suiResponseType: number; body: string }[] = [
  {
    name: 'VISITA REALIZADA SIN HALLAZGOS',
    suiResponseType: 3,
    body: `Señor(a) {{nombre}}:

En atención a su solicitud radicada con el número {{radicado}} el {{fecha_radicacion}}, por la causal {{causal}}, para el predio ubicado en {{direccion}} (código de suscriptor {{codigo}}), le informamos que personal de la empresa realizó la visita domiciliaria.

En la visita se encontró: {{hallazgos}}

No se evidenciaron anomalías en las instalaciones a cargo de la empresa ni en el equipo de medida, por lo cual el servicio se continuará facturando de acuerdo con la lectura registrada.

Contra esta decisión proceden los recursos de reposición ante la empresa y, en subsidio, de apelación ante la Superintendencia de Servicios Públicos Domiciliarios, dentro de los cinco (5) días hábiles siguientes a su notificación.`,
  },
  {
    name: 'FUGA INTERNA - RESPONSABILIDAD DEL USUARIO',
    suiResponseType: 3,
    body: `Señor(a) {{nombre}}:

En atención a su solicitud radicada con el número {{radicado}} el {{fecha_radicacion}}, para el predio ubicado en {{direccion}} (código de suscriptor {{codigo}}), le informamos que en la visita realizada se encontró: {{hallazgos}}

La fuga se localiza en las instalaciones internas del predio, después del medidor. De acuerdo con el contrato de condiciones uniformes, el mantenimiento y la reparación de las redes internas corresponden al suscriptor o usuario, y el consumo registrado por el medidor debe ser pagado. Le recomendamos reparar la fuga con un fontanero a la mayor brevedad para evitar consumos altos.

Contra esta decisión proceden los recursos de reposición ante la empresa y, en subsidio, de apelación ante la Superintendencia de Servicios Públicos Domiciliarios, dentro de los cinco (5) días hábiles siguientes a su notificación.`,
  },
  {
    name: 'TAPONAMIENTO DE ALCANTARILLADO ATENDIDO',
    suiResponseType: 1,
    body: `Señor(a) {{nombre}}:

En atención a su solicitud radicada con el número {{radicado}} el {{fecha_radicacion}}, por la causal {{causal}}, le informamos que la cuadrilla de alcantarillado atendió el taponamiento reportado frente al predio ubicado en {{direccion}} (código de suscriptor {{codigo}}).

Trabajos realizados: {{hallazgos}}

La red quedó funcionando con normalidad. Le recordamos no arrojar al alcantarillado residuos sólidos, grasas ni aceites, que son la principal causa de los taponamientos.`,
  },
  {
    name: 'ACCEDE A LA SOLICITUD',
    suiResponseType: 1,
    body: `Señor(a) {{nombre}}:

En atención a su solicitud radicada con el número {{radicado}} el {{fecha_radicacion}}, por la causal {{causal}}, para el predio ubicado en {{direccion}} (código de suscriptor {{codigo}}), le informamos que la empresa accede a lo solicitado.

{{hallazgos}}

Los ajustes a que haya lugar se verán reflejados en su próxima factura.`,
  },
  {
    name: 'ACCEDE PARCIALMENTE',
    suiResponseType: 2,
    body: `Señor(a) {{nombre}}:

En atención a su solicitud radicada con el número {{radicado}} el {{fecha_radicacion}}, por la causal {{causal}}, para el predio ubicado en {{direccion}} (código de suscriptor {{codigo}}), le informamos que la empresa accede parcialmente a lo solicitado, por las siguientes razones: {{hallazgos}}

Contra esta decisión proceden los recursos de reposición ante la empresa y, en subsidio, de apelación ante la Superintendencia de Servicios Públicos Domiciliarios, dentro de los cinco (5) días hábiles siguientes a su notificación.`,
  },
  {
    name: 'NO ACCEDE A LA SOLICITUD',
    suiResponseType: 3,
    body: `Señor(a) {{nombre}}:

En atención a su solicitud radicada con el número {{radicado}} el {{fecha_radicacion}}, por la causal {{causal}}, para el predio ubicado en {{direccion}} (código de suscriptor {{codigo}}), le informamos que, una vez revisado el caso, la empresa no accede a lo solicitado por las siguientes razones: {{hallazgos}}

Contra esta decisión proceden los recursos de reposición ante la empresa y, en subsidio, de apelación ante la Superintendencia de Servicios Públicos Domiciliarios, dentro de los cinco (5) días hábiles siguientes a su notificación.`,
  },
];

export function seedResponseTemplates(sqlite: Sqlite, at: Date): void {
  const insert = sqlite.prepare('INSERT INTO response_templates (name, body, sui_response_type, updated_at) VALUES (?, ?, ?, ?)');
  for (const t of RESPONSE_TEMPLATES) insert.run(t.name, t.body, t.suiResponseType, at.toISOString());
}
